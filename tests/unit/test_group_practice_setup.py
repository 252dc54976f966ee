"""A group practice's setup, without servers: provision.py's options for several instances, what the instances share,
and the scripted engine bench_group.py loads them with. tests/e2e/test_group_practice.py runs the real thing."""

from __future__ import annotations

import itertools
import json

import pytest

from clinical_note_filter import note_schema
from therapy_pack import database_url, provision_options
from therapy_pack.group_practice import REDIS_KEY_PREFIX, instance_env, instance_ports
from therapy_pack.pack_installer import desired_state
from therapy_pack.scripted_engine import answer_text, clinician_sentences, filled

DATABASE, REDIS = "postgresql://practice@127.0.0.1:5432/practice", "redis://127.0.0.1:6379/0"


def parse(*arguments: str):
    p = provision_options.parser()
    args = p.parse_args(list(arguments))
    provision_options.check_group_options(p, args)
    return args


@pytest.mark.parametrize("arguments, said", [
    (["--instances", "2"], "--database-url and --redis-url"),
    (["--instances", "2", "--database-url", DATABASE], "needs --redis-url"),
    (["--instances", "3", "--redis-url", REDIS], "needs --database-url"),
    (["--redis-url", REDIS], "add --database-url"),
    (["--instances", "2", "--database-url", DATABASE, "--redis-url", REDIS, "--open-webui-url", "http://127.0.0.1:3000"],
     "Give one of them"),
    (["--instances", "0"], "from 1 to 16"),
    (["--instances", "two"], "from 1 to 16"),
])
def test_several_instances_without_a_shared_database_and_redis_are_refused_before_anything_starts(capsys, arguments, said):
    with pytest.raises(SystemExit) as stopped:
        parse(*arguments)
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and said in err


def test_a_redis_password_never_comes_from_the_command_line(capsys, monkeypatch):
    with pytest.raises(SystemExit):
        parse("--database-url", DATABASE, "--redis-url", "redis://:hunter2@127.0.0.1:6379/0")
    err = capsys.readouterr().err
    assert database_url.REDIS_ENVIRONMENT in err and "--redis-url-file" in err and "hunter2" not in err
    monkeypatch.setenv(database_url.REDIS_ENVIRONMENT, "redis://:hunter2@127.0.0.1:6379/0")
    assert parse("--database-url", DATABASE, "--instances", "2").redis_url == "redis://:hunter2@127.0.0.1:6379/0"


def test_every_instance_shares_the_database_and_redis_and_only_the_first_migrates():
    first, other = instance_env(DATABASE, REDIS, first=True), instance_env(DATABASE, REDIS, first=False)
    assert first["DATABASE_URL"] == other["DATABASE_URL"] == "postgresql+psycopg://practice@127.0.0.1:5432/practice"
    assert (first["ENABLE_DB_MIGRATIONS"], other["ENABLE_DB_MIGRATIONS"]) == ("true", "false")
    for env in (first, other):
        assert env["REDIS_URL"] == env["WEBSOCKET_REDIS_URL"] == REDIS and env["WEBSOCKET_MANAGER"] == "redis"
        assert env["REDIS_KEY_PREFIX"] == REDIS_KEY_PREFIX and env["ENABLE_WEBSOCKET_SUPPORT"] == "true"
    assert "REDIS_URL" not in instance_env(DATABASE, None)  # one instance on PostgreSQL alone, as before
    assert instance_ports(8080, 3) == [8080, 8081, 8082]


def test_the_scripted_engine_answers_every_preset_s_schema_with_the_clinician_s_own_sentences():
    bullets = "Client met the Critic. Unblended twice.\nHomework: notice the Critic daily."
    body = {"messages": [{"role": "system", "content": "Rules."}, {"role": "user", "content": bullets}]}
    assert clinician_sentences(body) == ["Client met the Critic.", "Unblended twice.", "Homework: notice the Critic daily."]
    for model in desired_state().models:
        spec = model["meta"].get("therapy_pack")
        if not spec:
            continue
        for fmt in spec["formats"].values():
            schema = note_schema(fmt["sections"])
            for form in ({"type": "json_object", "schema": schema}, {"type": "json_schema", "json_schema": {"schema": schema}}):
                answer = json.loads(answer_text({**body, "response_format": form}))
                assert set(answer) == set(schema["properties"]), model["id"]
                assert all(value in clinician_sentences(body) for value in answer.values()), answer
    assert answer_text(body) == " ".join(clinician_sentences(body))  # no schema: the sentences as prose


def test_the_scripted_engine_fills_nested_and_referenced_schemas():
    schema = {"type": "object", "$defs": {"Goal": {"type": "object", "properties": {"goal": {"type": "string"},
                                                                                     "met": {"type": "boolean"}}}},
              "properties": {"goals": {"type": "array", "items": {"$ref": "#/$defs/Goal"}, "minItems": 2},
                             "status": {"enum": ["open", "closed"]}, "sessions": {"type": "integer"},
                             "note": {"anyOf": [{"type": "string"}, {"type": "null"}]}}}
    value = filled(schema, itertools.cycle(["One.", "Two."]))
    assert value == {"goals": [{"goal": "One.", "met": False}, {"goal": "Two.", "met": False}], "status": "open",
                     "sessions": 1, "note": "One."}
