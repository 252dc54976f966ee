"""A PostgreSQL password never goes on a command line, where every account on the computer can see it (ps):
the commands take the URL from THERAPY_PACK_DATABASE_URL or a private file, and refuse one with a password."""

from __future__ import annotations

import argparse

import pytest

import backup
import rotate_parts_key
from therapy_pack import database_url, provision_options
from therapy_pack.plain_words import has_class_name

WITH_PASSWORD = ["postgresql://practice:hunter2@127.0.0.1:5432/practice", "postgresql+psycopg://u:p@db/x",
                 "postgres://u:@db/x", "postgresql://u@db/x?sslmode=require&password=hunter2"]
WITHOUT = ["postgresql://practice@127.0.0.1:5432/practice", "postgresql:///practice?host=/run/postgresql",
           "sqlite:////srv/data/therapy_pack_parts_map.db"]


def commands(tmp_path) -> dict:
    """Each command that takes a database URL, parsed with ``extra`` arguments, and the option it takes it with."""
    data = str(tmp_path / "data")
    return {
        "provision": (lambda extra: provision_options.parser().parse_args(extra), "--database-url"),
        "backup create": (lambda extra: backup.main(["create", "--data-dir", data, "--out", str(tmp_path / "b.tnpb"), *extra]),
                          "--database-url"),
        "backup restore": (lambda extra: backup.main(["restore", str(tmp_path / "b.tnpb"), "--data-dir", data, *extra]),
                           "--database-url"),
        "rotate": (lambda extra: rotate_parts_key.main(extra), "--db"),
    }


@pytest.mark.parametrize("command", ["provision", "backup create", "backup restore", "rotate"])
@pytest.mark.parametrize("url", WITH_PASSWORD)
def test_a_url_with_a_password_on_the_command_line_is_refused_plainly_and_changes_nothing(tmp_path, monkeypatch, capsys, command, url):
    monkeypatch.setenv("THERAPY_PACK_BACKUP_PASSPHRASE", "correct horse battery staple")
    run, flag = commands(tmp_path)[command]
    with pytest.raises(SystemExit) as stopped:
        run([flag, url])
    said = capsys.readouterr().err
    assert stopped.value.code == 2 and "THERAPY_PACK_DATABASE_URL" in said and f"{flag}-file" in said and "Nothing was changed" in said
    assert "hunter2" not in said and not has_class_name(said)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("url", WITH_PASSWORD + WITHOUT)
def test_the_url_is_taken_from_the_environment_or_a_private_file(tmp_path, monkeypatch, url):
    monkeypatch.setenv(database_url.ENVIRONMENT, url)
    assert provision_options.parser().parse_args([]).database_url == url
    monkeypatch.delenv(database_url.ENVIRONMENT)
    kept = tmp_path / "database-url"
    kept.write_text(url + "\n")
    kept.chmod(0o600)
    assert provision_options.parser().parse_args(["--database-url-file", str(kept)]).database_url == url


@pytest.mark.parametrize("url", WITHOUT)
def test_a_url_without_a_password_may_still_be_given_on_the_command_line(url):
    assert provision_options.parser().parse_args(["--database-url", url]).database_url == url


def test_a_file_other_accounts_can_read_is_refused_with_how_to_fix_it(tmp_path, capsys):
    kept = tmp_path / "database-url"
    kept.write_text(WITH_PASSWORD[0])
    kept.chmod(0o640)
    with pytest.raises(SystemExit):
        provision_options.parser().parse_args(["--database-url-file", str(kept)])
    said = capsys.readouterr().err
    assert f"chmod 600 {kept}" in said and "hunter2" not in said
    with pytest.raises(SystemExit):
        provision_options.parser().parse_args(["--database-url-file", str(tmp_path / "missing")])
    assert "could not be read" in capsys.readouterr().err


def test_each_spelling_of_a_password_is_seen():
    assert all(database_url.has_password(url) for url in WITH_PASSWORD)
    assert not any(database_url.has_password(url) for url in WITHOUT)


def test_without_a_url_anywhere_there_is_none(monkeypatch):
    monkeypatch.delenv(database_url.ENVIRONMENT, raising=False)
    parser = argparse.ArgumentParser()
    database_url.add_options(parser, "--db", "a database")
    assert parser.parse_args([]).db is None
