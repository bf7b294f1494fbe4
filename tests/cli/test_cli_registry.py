"""The command table survives one broken command module."""
from marsad import cli


def test_broken_command_module_leaves_the_others(monkeypatch, capsys):
    monkeypatch.setattr(cli, "REGISTRARS", ("marsad.commands.analyze", "marsad_missing_area.cli"))
    parser = cli.build_parser()
    err = capsys.readouterr().err
    assert "marsad_missing_area.cli" in err and "unavailable" in err
    assert parser.parse_args(["analyze", "x.txt"]).func
