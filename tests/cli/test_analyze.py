"""`marsad analyze`: contract JSON, the terminal report, one error line per bad input, exit codes."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from marsad.cli import main
from marsad.commands.analyze import render
from marsad.document import SCHEMA, Cue, Document, Entity, Paragraph, Speaker, Statement

ROOT = Path(__file__).resolve().parents[2]
ALEPPO = ROOT / "marsad" / "samples" / "aleppo.txt"
NEWS = ("قال وزير الخارجية إن المحادثات مع الوفد الروسي كانت مثمرة\n\n"
        "وأضاف الوزير في مؤتمر صحفي بالقاهرة أن الجانبين اتفقا على مواصلة الحوار.\n")


def check_contract(obj: dict) -> None:
    assert obj["schema"] == SCHEMA
    text = obj["text"]
    assert obj["id"] and set(obj["meta"]) >= {"title", "url", "published", "source", "language"}
    assert obj["paragraphs"] and obj["sentences"]
    assert obj["paragraphs"][0]["kind"] == "headline"
    for p in obj["paragraphs"] + obj["sentences"]:
        assert 0 <= p["start"] < p["end"] <= len(text)
    spans = [m for e in obj["entities"] for m in e["mentions"]]
    for s in obj["statements"]:
        spans += [s["cue"], s["content"]] + ([s["addressee"]] if s["addressee"] else [])
        if s["speaker"]["start"] is not None:
            spans.append(s["speaker"])
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"], span
    Document.from_json(obj).check_offsets()


def run(capsys, *argv):
    code = main(["analyze", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_sample_json_is_the_contract(capsys):
    code, out, err = run(capsys, ALEPPO, "--json")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 1  # one object, one line
    obj = json.loads(lines[0])
    check_contract(obj)
    assert obj["text"] == ALEPPO.read_text(encoding="utf-8").strip()
    assert obj["meta"]["title"] == obj["text"].split("\n", 1)[0]


def test_several_inputs_give_json_lines_and_bad_ones_one_error_line_each(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(NEWS.encode("cp1256"))
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "d.txt").write_bytes(b"")
    (tmp_path / "e.txt").write_text("The minister said the talks were useful.", encoding="utf-8")
    (tmp_path / "f.txt").write_bytes(NEWS.encode()[:20] + b"\xff" + NEWS.encode()[20:])
    (tmp_path / "g.txt").write_text("   \n\n  ", encoding="utf-8")
    code, out, err = run(capsys, tmp_path, tmp_path / "missing.txt")
    assert code == 1
    errors = err.splitlines()
    assert errors == [
        f"marsad: error: {tmp_path / 'c.txt'}: binary file (contains NUL bytes)",
        f"marsad: error: {tmp_path / 'd.txt'}: empty file",
        f"marsad: error: {tmp_path / 'e.txt'}: input is not Arabic text (under 30% of its letters are Arabic)",
        f"marsad: error: {tmp_path / 'f.txt'}: invalid UTF-8 (byte 0xff at offset 20)",
        f"marsad: error: {tmp_path / 'g.txt'}: input is empty",
        f"marsad: error: {tmp_path / 'missing.txt'}: no such file or directory",
    ]
    assert not out.startswith("{")  # no --json: a report, not JSON
    assert out.count("وزير الخارجية") >= 2  # a.txt and the cp1256 b.txt were both reported


def test_json_lines_for_a_directory(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(NEWS.encode("utf-16"))
    code, out, err = run(capsys, tmp_path, "--json")
    assert code == 0 and err == ""
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) == 2 and docs[0]["text"] == docs[1]["text"] == NEWS.strip()
    for doc in docs:
        check_contract(doc)


def test_oversized_by_chars_and_by_bytes(capsys, tmp_path):
    code, out, err = run(capsys, ALEPPO, "--json", "--max-chars", "500")
    assert code == 1 and out == ""
    assert err == f"marsad: error: {ALEPPO}: input too large: 3,228 characters (limit 500; raise it with --max-chars)\n"
    code, out, err = run(capsys, ALEPPO, "--json", "--max-bytes", "1000")
    assert code == 1 and out == "" and err.startswith(f"marsad: error: {ALEPPO}: file too large: ")


def test_stdin(capsys, monkeypatch):
    import io
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NEWS.encode("utf-16-le"))))
    code, out, err = run(capsys, "-", "--json")
    assert code == 0 and json.loads(out)["text"] == NEWS.strip()


def test_progress_on_a_terminal_keeps_one_line_per_error(capsys, monkeypatch, tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    code, out, err = run(capsys, tmp_path, "--json")
    assert code == 1 and len(out.splitlines()) == 1
    assert f"marsad: error: {tmp_path / 'b.txt'}: empty file\n" in err
    assert err.rstrip().endswith("marsad: analysed 1 article(s), 1 failed")


def test_a_component_crash_fails_that_article_only(capsys, monkeypatch, tmp_path):
    import marsad.commands.analyze as command
    real = command.analyze

    def flaky(text, meta, options):
        if "القاهرة" in text:
            raise ValueError("boom")
        return real(text, meta, options)

    monkeypatch.setattr(command, "analyze", flaky)
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NEWS.replace("بالقاهرة", "بموسكو"), encoding="utf-8")
    code, out, err = run(capsys, tmp_path, "--json")
    assert code == 1 and len(out.splitlines()) == 1
    assert err == f"marsad: error: {tmp_path / 'a.txt'}: analysis failed (ValueError: boom)\n"


def test_a_missing_model_stops_with_one_line(capsys, monkeypatch):
    import marsad.commands.analyze as command

    def missing(text, meta, options):
        raise FileNotFoundError("NER model missing: x.model")

    monkeypatch.setattr(command, "analyze", missing)
    code, out, err = run(capsys, ALEPPO, ALEPPO)
    assert code == 1 and out == "" and err == "marsad: error: cannot analyse: NER model missing: x.model\n"


@pytest.mark.parametrize("argv", [["analyze"], ["analyze", "x.txt", "--max-chars", "0"],
                                  ["analyze", "x.txt", "--max-bytes", "lots"], ["analyze", "x.txt", "--bogus"]])
def test_usage_errors_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_help_documents_the_limits(capsys):
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    out = capsys.readouterr().out
    assert "--max-chars" in out and "--max-bytes" in out and "default: 5000000" in out


def test_report_shows_sample_headline(capsys):
    code, out, err = run(capsys, ALEPPO)
    assert code == 0 and err == ""
    assert out.splitlines()[0] == "عشرات الأشخاص قتلوا في شرق حلب بسبب قصف قوات الحكومة"


def test_report_renders_entities_by_type_and_statements():
    text = "بوتين يرفض الاتهامات\n\nوقال بوتين لوسائل إعلام فرنسية إن الاتهامات كلام خطابي."
    doc = Document(text=text, meta={"source": "BBC", "published": "2016-10-12"})
    doc.paragraphs = [Paragraph(0, 20, "headline"), Paragraph(22, len(text))]
    i = text.index("وقال")
    putin = Entity("E1", "PER", "بوتين", [doc.span(0, 5), doc.span(i + 5, i + 10)], name_en="Vladimir Putin")
    france = Entity("E2", "LOC", "فرنسا", [], name_en="France", name_en_source="transliterated")
    doc.entities = [france, putin]
    content = text.index("الاتهامات كلام")
    addressee = text.index("لوسائل")
    doc.statements = [Statement("S1", Speaker("E1", "بوتين", i + 5, i + 10), Cue(i, i + 4, "وقال", "assert"),
                                doc.span(content, len(text) - 1), "indirect", doc.span(addressee, content - 4))]
    doc.check_offsets()
    console = Console(record=True, width=120, file=open("/dev/null", "w"))
    render(doc, console)
    shown = console.export_text()
    assert "BBC · 2016-10-12" in shown
    assert shown.index("People") < shown.index("Places")  # grouped in type order, not list order
    assert "Vladimir Putin" in shown and "France (translit.)" in shown
    row = next(line for line in shown.splitlines() if "assert" in line)
    assert "بوتين (Vladimir Putin)" in row and "وقال" in row and "لوسائل إعلام فرنسية" in row
    assert "no statements found" not in shown


def test_report_of_empty_analysis_says_so():
    doc = Document(text="خبر قصير")
    doc.paragraphs = [Paragraph(0, 8, "headline")]
    console = Console(record=True, width=80, file=open("/dev/null", "w"))
    render(doc, console)
    shown = console.export_text()
    assert "no entities found" in shown and "no statements found" in shown


def test_installed_entry_point():
    marsad = shutil.which("marsad", path=str(Path(sys.executable).parent))
    assert marsad, "the marsad console script is not installed next to this python"
    proc = subprocess.run([marsad, "analyze", str(ALEPPO), "--json"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    check_contract(json.loads(proc.stdout))
    proc = subprocess.run([marsad, "analyze", str(ROOT / "no-such-file.txt")], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1
    assert proc.stderr == f"marsad: error: {ROOT / 'no-such-file.txt'}: no such file or directory\n"
