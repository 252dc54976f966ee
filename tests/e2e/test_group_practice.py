"""A group practice on two Open WebUI instances that share one PostgreSQL and one Redis, the engine reached by URL:
set up by provision.py once, then used as clinicians use it, with requests landing on either instance."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
import uuid
from dataclasses import dataclass

import httpx
import pytest

import ifs_parts_map as pm
from support.browser_socket import BrowserSocket
from support.provision_run import CLINICIAN, CLINICIAN_PASSWORD, EMAIL, PASSWORD, Provision
from support.stack import stream_chat
from support.tool_choice import a_model_that_chooses_tools
from therapy_pack.database_url import libpq_url, psycopg_url
from therapy_pack.local_stack import free_port
from therapy_pack.openwebui_api import OpenWebUI
from therapy_pack.recording_engine import chat_requests

pytestmark = pytest.mark.e2e

PRESET, TOOL = "session-note-ifs", "ifs_parts_map"
SECOND = "second@practice.test"
NOTE_FILTER_VALVES = "/api/v1/functions/id/clinical_note_filter/valves/user"


@dataclass
class Practice:
    provision: Provision
    urls: list[str]  # instance 1, instance 2
    database: str  # SQLAlchemy URL

    def session(self, instance: int, email: str = CLINICIAN, password: str = CLINICIAN_PASSWORD) -> OpenWebUI:
        """A signed-in session on one instance (0 or 1)."""
        api = OpenWebUI(self.urls[instance])
        api.sign_in(email, password)
        return api

    def on(self, instance: int, api: OpenWebUI) -> OpenWebUI:
        """The same signed-in session, its requests sent to another instance (as a load balancer would)."""
        return OpenWebUI(self.urls[instance], token=api.token)

    def store(self, admin: OpenWebUI) -> pm.Store:
        return pm.Store(self.database, pm.Cipher(admin.get_valves("tools", TOOL)["encryption_key"]))


@pytest.fixture(scope="module")
def practice(postgres, redis_server, model_server, tmp_path_factory, speech_model_source) -> Practice:
    from sqlalchemy import create_engine, text

    with create_engine(postgres, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text("create database group_practice"))
    database = psycopg_url(postgres.rsplit("/", 1)[0] + "/group_practice")
    port = free_port()
    while not _free(port + 1):  # the second instance takes the next port
        port = free_port()
    run = Provision(tmp_path_factory.mktemp("group-practice"), port, free_port(), speech_model_source,
                    "--engine-url", model_server.url, "--database-url", libpq_url(database), "--redis-url", redis_server,
                    "--instances", "2", "--add-clinician", SECOND)
    run.wait_for("Open WebUI is ready", timeout=600)
    yield Practice(run, [f"http://127.0.0.1:{port}", f"http://127.0.0.1:{port + 1}"], database)
    assert run.stop() == 0


@pytest.fixture(scope="module")
def admin(practice) -> OpenWebUI:
    api = practice.session(0, EMAIL, PASSWORD)
    yield api
    api.close()


def _free(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def _pid_listening_on(port: int) -> int:
    import psutil

    return next(c.pid for c in psutil.net_connections("tcp") if c.laddr.port == port and c.status == psutil.CONN_LISTEN)


def scripted_note(model_server, name: str, **sections: str) -> str:
    return model_server.script(f"{name}-{uuid.uuid4().hex[:6]}", json.dumps(sections))


def note(api: OpenWebUI, text: str) -> str:
    return stream_chat(api, {"model": PRESET, "messages": [{"role": "user", "content": text}]})


def test_provisioning_installs_the_pack_once_and_both_instances_serve_it_alike(practice, admin):
    assert f"127.0.0.1:{practice.urls[1].rsplit(':', 1)[1]}" in practice.provision.output
    other = practice.on(1, admin)  # signed in on one, signed in on both: one secret key, one database
    for path in ("/api/v1/functions/", "/api/v1/tools/"):
        assert admin.get(path) == other.get(path) and admin.get(path)
    for module in ("clinical_note_filter", "clinical_guardrails", "context_fit"):
        assert admin.get_valves("functions", module) == other.get_valves("functions", module)
    presets = {m["id"]: m["info"] for m in admin.available_models() if (m.get("info") or {}).get("meta", {}).get("therapy_pack")}
    assert PRESET in presets
    assert presets == {m["id"]: m["info"] for m in other.available_models() if m["id"] in presets}
    from sqlalchemy import create_engine, text

    with create_engine(practice.database).connect() as conn:  # installed once
        assert conn.execute(text("select count(*) from function where id = 'clinical_guardrails'")).scalar() == 1


def test_a_clinician_on_alternate_instances_gets_every_note_checked_and_rendered_alike(practice, model_server):
    marker = scripted_note(model_server, "alternate",
                           data='Client talked about the Critic and said, "I am always the problem."',
                           assessment="Presentation is consistent with generalized anxiety disorder.",
                           plan="Client will notice the Critic 3 times this week.")
    bullets = f"{marker}\nClient talked about the Critic. HW: notice the Critic 3 times this week."
    first = practice.session(0)
    sessions = [first, practice.on(1, first)]
    drafts = [note(sessions[n % 2], bullets) for n in range(4)]
    assert len(set(drafts)) == 1, drafts
    review = drafts[0].partition("Review before signing")[2]
    assert "\u201cPresentation is consistent with generalized anxiety disorder\u201d" in review
    # One chat continued on the other instance: both turns saved, each answered.
    chat_id, reply, _ = first.chat_as_browser(PRESET, [{"role": "user", "content": bullets}], [])
    messages = [{"role": "user", "content": bullets}, {"role": "assistant", "content": drafts[0]},
                {"role": "user", "content": bullets}]
    _, second_reply, answer = sessions[1].chat_as_browser(PRESET, messages, [], chat_id=chat_id, parent_id=reply)
    stored = first.get(f"/api/v1/chats/{chat_id}")["chat"]["history"]["messages"]
    assert stored[reply]["done"] and stored[second_reply]["done"] and "generalized anxiety disorder" in answer


def test_concurrent_notes_on_both_instances_keep_their_own_stream_state(practice, model_server):
    """Two clinicians, two instances, two notes each at once: each note comes out exactly as it does alone."""
    jobs = []
    for clinician, email in enumerate((CLINICIAN, SECOND)):
        signed_in = practice.session(0, email)
        for instance in (0, 1):
            for n in range(2):
                quote = f"The {('red', 'blue')[clinician]} {('door', 'window')[instance]} {('creaks', 'sings')[n]}"
                marker = scripted_note(model_server, f"own-{clinician}-{instance}-{n}",
                                       data=f'Client talked about the Critic and said, "{quote}."',
                                       assessment="Client unblended from the Critic.", plan="Continue.")
                jobs.append((practice.on(instance, signed_in), f"{marker}\nClient talked about the Critic. Unblended.", quote))
    alone = [note(api, text) for api, text, _ in jobs]
    together: list[str | None] = [None] * len(jobs)

    def send(i: int) -> None:
        together[i] = note(jobs[i][0], jobs[i][1])

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(jobs))]
    [t.start() for t in threads]
    [t.join(180) for t in threads]
    assert together == alone
    for (_, _, quote), draft in zip(jobs, together):
        assert quote in draft.partition("Review before signing")[2]  # its own invented quote, listed
        assert not any(other in draft for _, _, other in jobs if other != quote)


def tool_turn(api: OpenWebUI, tab_on: OpenWebUI, model_server, part: str, click: bool = True) -> list[dict]:
    """A chat that adds ``part`` to client GP's map, sent to ``api``'s instance from a page whose socket is on
    ``tab_on``'s; the dialogs that page showed."""
    marker = model_server.script_tools(uuid.uuid4().hex[:8], [
        {"name": "record_part", "parameters": {"client_code": "GP", "part_name": part, "part_type": "manager"}}], "Added.")
    tab = BrowserSocket(tab_on.base_url, tab_on.token, answer=click)
    try:
        api.chat_as_browser(PRESET, [{"role": "user", "content": f"{marker}\nAdd {part} to GP's map."}], [TOOL],
                            session_id=tab.session_id)
        return tab.asked
    finally:
        tab.close()


def parts_of(store: pm.Store, user_id: str, code: str = "GP") -> set[str]:
    try:
        state, _ = store.read(user_id, code)
    except pm.PartsMapError:
        return set()
    return {p["name"] for p in state["parts"].values()}


def test_the_confirmation_dialog_reaches_the_page_connected_to_the_other_instance(practice, admin, model_server):
    first = practice.session(0)
    user_id = first.get("/api/v1/auths/")["id"]
    on_second = practice.on(1, first)
    with a_model_that_chooses_tools(admin):
        asked = tool_turn(first, on_second, model_server, "Cancelled Helper", click=False)
        assert [a["title"] for a in asked] == ["Record Cancelled Helper in GP's parts map?"]
        assert "Cancelled Helper" not in parts_of(practice.store(admin), user_id)
        asked = tool_turn(on_second, first, model_server, "Confirmed Helper")
        assert len(asked) == 1 and "Confirmed Helper" in parts_of(practice.store(admin), user_id)


def test_parts_map_writes_from_both_instances_at_once_lose_nothing(practice, admin, model_server):
    first = practice.session(0)
    user_id = first.get("/api/v1/auths/")["id"]
    sessions = [first, practice.on(1, first)]
    names = [f"Guard {n}" for n in range(6)]
    before = parts_of(practice.store(admin), user_id)
    with a_model_that_chooses_tools(admin):
        threads = [threading.Thread(target=tool_turn, args=(sessions[n % 2], sessions[n % 2], model_server, name))
                   for n, name in enumerate(names)]
        [t.start() for t in threads]
        [t.join(180) for t in threads]
    assert parts_of(practice.store(admin), user_id) == before | set(names)


def test_valves_and_user_valves_changed_on_one_instance_hold_on_the_other(practice, admin, model_server):
    other = practice.on(1, admin)
    valves = admin.get_valves("functions", "clinical_note_filter")
    admin.update_valves("functions", "clinical_note_filter", {**valves, "max_section_chars": 432})
    clinician = practice.session(0)
    try:
        assert other.get_valves("functions", "clinical_note_filter")["max_section_chars"] == 432
        practice.on(1, clinician).post(f"{NOTE_FILTER_VALVES}/update", {"note_length": "brief"})
        assert clinician.get(NOTE_FILTER_VALVES)["note_length"] == "brief"
        before = len(model_server.received())
        marker = scripted_note(model_server, "valves", data="Client met the Critic.", assessment="Unblending.", plan="Continue.")
        note(clinician, f"{marker}\nClient met the Critic. Unblending.")  # on the instance that did not change them
        [request] = chat_requests(model_server.record, before)
        caps = {section["maxLength"] for section in request["response_format"]["schema"]["properties"].values()}
        assert caps == {432 // 2}  # the admin's cap, halved by the clinician's "brief"
    finally:
        admin.update_valves("functions", "clinical_note_filter", valves)
        clinician.post(f"{NOTE_FILTER_VALVES}/update", {"note_length": "standard"})


def test_killing_an_instance_mid_note_loses_no_saved_chat_or_map_write_and_the_retry_works(practice, admin, model_server):
    """Instance 1 is killed while it streams a note; the practice goes on on instance 2 and provisioning restarts 1."""
    first = practice.session(0)
    user_id = first.get("/api/v1/auths/")["id"]
    on_second = practice.on(1, first)
    with a_model_that_chooses_tools(admin):
        tool_turn(first, first, model_server, "Before The Kill")
    saved_chat, _, saved = first.chat_as_browser(PRESET, [{"role": "user", "content": "Client met the Critic. Unblending."}], [])
    bullets = "Client described the Critic before meetings; unblended twice; homework: notice the Critic daily."
    chat = first.post("/api/v1/chats/new", {"chat": {"title": "New Chat", "models": [PRESET], "messages": [], "history": {}}})
    victim = _pid_listening_on(int(practice.urls[0].rsplit(":", 1)[1]))
    tab = BrowserSocket(first.base_url, first.token)
    sending = threading.Thread(target=_send_and_forget, args=(first, chat["id"], bullets, tab.session_id))
    sending.start()
    try:
        assert tab.answer_streaming.wait(120), "the note never started to stream"  # the real demo model writes it
        os.killpg(victim, signal.SIGKILL)
    finally:
        sending.join(60)
        try:
            tab.close()
        except Exception:  # its instance is gone
            pass
    # Everything saved before the kill is on the other instance; the retry there is answered and saved.
    assert on_second.get(f"/api/v1/chats/{saved_chat}")["chat"]["history"]["messages"]
    assert saved and "Before The Kill" in parts_of(practice.store(practice.on(1, admin)), user_id)
    _, reply, answer = on_second.chat_as_browser(PRESET, [{"role": "user", "content": bullets}], [], chat_id=chat["id"])
    assert answer and on_second.get(f"/api/v1/chats/{chat['id']}")["chat"]["history"]["messages"][reply]["done"]
    # Provisioning's supervisor starts the killed instance again, on the same port, serving the same practice.
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not _healthy(practice.urls[0]):
        time.sleep(2)
    assert _healthy(practice.urls[0])
    practice.provision.wait_for("Open WebUI (instance 1 of 2) stopped", timeout=30)
    assert OpenWebUI(practice.urls[0], token=first.token).get(f"/api/v1/chats/{chat['id']}")["chat"]["history"]["messages"][reply]


def _send_and_forget(api: OpenWebUI, chat_id: str, text: str, session_id: str) -> None:
    """The page's request for an answer, whose text then reaches the page's socket; a broken connection is expected."""
    user_message = {"id": str(uuid.uuid4()), "role": "user", "content": text, "parentId": None, "childrenIds": []}
    try:
        for _ in api.stream_chat({"model": PRESET, "chat_id": chat_id, "id": str(uuid.uuid4()), "parent_id": None,
                                  "session_id": session_id, "user_message": user_message,
                                  "messages": [{"role": "user", "content": text}]}):
            pass
    except Exception:
        pass


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=2, trust_env=False).status_code == 200
    except httpx.TransportError:
        return False

