"""Arabic text shared by the ingest tests (the bytes are made from it in each test)."""

NEWS = ("قال وزير الخارجية إن المحادثات مع الوفد الروسي كانت مثمرة\n\n"
        "وأضاف الوزير في مؤتمر صحفي بالقاهرة أن الجانبين اتفقا على مواصلة الحوار.\n")
