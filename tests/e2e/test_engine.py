"""The engine on the machine the tests run on: built without AMX or native tuning, it really generates; and a
note sent while it is down gets the pack's plain answer and a neutral chat title, then works again once it is back."""

from __future__ import annotations

import ctypes
import json
import platform
import signal

import pytest

from clinical_guardrails import ENGINE_RESTARTING_REPLY
from therapy_pack.engine_build import X86_MACHINES, cpu_flags
from therapy_pack.engine_check import first_answer
from therapy_pack.local_stack import DEMO_MODEL_ALIAS, demo_model_path
from therapy_pack.openwebui_api import OpenWebUIError
from therapy_pack.recording_engine import chat_requests

pytestmark = pytest.mark.e2e

BULLETS = "Client identified worry as a protector. Accessed exile's fear of abandonment. Homework: Self-energy journaling."


def test_the_engine_is_built_for_any_cpu_and_really_generates_here(model_server):
    from llama_cpp import llama_cpp

    built = llama_cpp.llama_print_system_info().decode()
    assert "AMX" not in built and "AVX512" not in built, built
    if platform.machine().lower() in X86_MACHINES:
        assert ("AVX2 = 1" in built) == ("avx2" in cpu_flags()), built
    before = len(model_server.received())
    assert first_answer("demo", model_server.url, DEMO_MODEL_ALIAS, timeout=120) > 0
    [request] = chat_requests(model_server.record, before)
    assert request["model"] == DEMO_MODEL_ALIAS and "SCRIPTED" not in str(request)  # the real model answered


# A note's kind of schema, with what makes a grammar strict: a closed choice, a number, length and count caps.
SCHEMA = {"type": "object", "additionalProperties": False, "required": ["mood", "score", "data", "plan"], "properties": {
    "mood": {"enum": ["low", "anxious", "stable"]}, "score": {"type": "integer"}, "data": {"type": "string", "maxLength": 60},
    "plan": {"type": "array", "items": {"type": "string", "maxLength": 20}, "maxItems": 3}}}


def test_the_demo_engine_checks_the_grammar_after_sampling_and_never_leaves_it(monkeypatch):
    """The demo engine draws first and asks the grammar about the drawn token only (demo_engine.py). Every token
    it writes, at a temperature that makes the model stray, is one a fresh copy of the grammar allows at that
    point, and where the grammar refused a draw the token was drawn again within it."""
    from llama_cpp import Llama, LlamaGrammar
    from llama_cpp import llama_cpp as native

    from therapy_pack import demo_engine

    monkeypatch.setattr(Llama, "_init_sampler", Llama._init_sampler)  # the check is undone after the test
    demo_engine.check_grammar_after_sampling()
    refused = []
    allows = demo_engine.GrammarCheckedSampler._grammar_allows
    monkeypatch.setattr(demo_engine.GrammarCheckedSampler, "_grammar_allows",
                        lambda sampler, token: allows(sampler, token) or refused.append(token))
    llm = Llama(str(demo_model_path()), n_ctx=1024, verbose=False, seed=7)
    grammar = LlamaGrammar.from_json_schema(json.dumps(SCHEMA), verbose=False)
    prompt = llm.tokenize(b"Client reported low mood, PHQ-9 14. Plan: thought record. The note as JSON: ")
    for _ in range(6):
        written = []
        for token in llm.generate(prompt, temp=1.6, top_k=200, top_p=1.0, min_p=0.0, grammar=grammar):
            if native.llama_vocab_is_eog(llm._model.vocab, token) or len(written) == 200:
                break
            written.append(token)
        fresh = native.llama_sampler_init_grammar(llm._model.vocab, grammar._grammar.encode(), grammar._root.encode())
        try:
            for token in written:
                one = native.llama_token_data_array(data=ctypes.pointer(native.llama_token_data(token, 0.0, 0.0)), size=1,
                                                    selected=-1, sorted=False)
                native.llama_sampler_apply(fresh, ctypes.byref(one))
                assert one.data[0].logit != float("-inf"), f"the grammar refuses {llm.detokenize(written).decode(errors='replace')!r}"
                native.llama_sampler_accept(fresh, token)
        finally:
            native.llama_sampler_free(fresh)
        text = llm.detokenize(written).decode("utf-8", errors="replace")
        if len(written) < 200:  # finished: a whole note of the schema's shape
            note = json.loads(text, strict=False)  # the JSON grammar lets a raw line break into a string
            assert note["mood"] in ("low", "anxious", "stable") and isinstance(note["score"], int), text
            assert len(note["data"]) <= 60 and len(note["plan"]) <= 3 and all(len(p) <= 20 for p in note["plan"]), text
    assert refused, "at this temperature the model strays from the grammar, and each stray draw is drawn again"


def test_a_logits_processor_such_as_logit_bias_still_gets_the_grammar_after_sampling(monkeypatch):
    """logit_bias reaches llama-cpp-python as a Python logits processor. It still sees the whole vocabulary by
    token id (so it holds), and the grammar is still asked after the draw (so it stays cheap): a processor that
    rules out every token that could begin "low" or "anxious" leaves "stable" the only mood the note can have."""
    import numpy as np
    from llama_cpp import Llama, LlamaGrammar, LogitsProcessorList

    from therapy_pack import demo_engine

    monkeypatch.setattr(Llama, "_init_sampler", Llama._init_sampler)
    demo_engine.check_grammar_after_sampling()
    llm = Llama(str(demo_model_path()), n_ctx=1024, verbose=False, seed=11)
    # The grammar spells a choice in short pieces ("lo", "w"), so every piece that can open one is ruled out.
    pieces = ((t, llm.detokenize([t]).lstrip(b'" ')) for t in range(llm.n_vocab()))
    ruled_out = np.array([t for t, piece in pieces if piece and (b"low".startswith(piece) or b"anxious".startswith(piece))])

    def rule_out(_, logits):
        logits[ruled_out] = -np.inf
        return logits

    grammar = LlamaGrammar.from_json_schema(json.dumps(SCHEMA), verbose=False)
    prompt = llm.tokenize(b"Client reported low mood, anxious. PHQ-9 14. The note as JSON: ")
    for _ in range(4):
        written = []
        for token in llm.generate(prompt, temp=1.2, top_k=200, top_p=1.0, min_p=0.0, grammar=grammar,
                                  logits_processor=LogitsProcessorList([rule_out])):
            assert isinstance(llm._sampler, demo_engine.GrammarCheckedSampler)
            if token == llm.token_eos() or len(written) == 120 or b'"score"' in llm.detokenize(written):
                break
            written.append(token)
        assert '"mood": "stable"' in llm.detokenize(written).decode().replace('":"', '": "'), llm.detokenize(written)


def test_a_note_while_the_engine_is_down_gets_a_plain_answer_and_a_neutral_title(admin_api, installed, model_server):
    model_server.service.stop()
    try:
        chat_id, _, reply = admin_api.chat_as_browser("session-note-ifs", [{"role": "user", "content": BULLETS}], [])
        assert reply.strip() == ENGINE_RESTARTING_REPLY
        title = admin_api.get(f"/api/v1/chats/{chat_id}")["title"]
        assert title.startswith("DAP note · IFS ·") and "worry" not in title, title
    finally:
        model_server.service.restart()
    _, _, note = admin_api.chat_as_browser("session-note-ifs", [{"role": "user", "content": BULLETS}], [], timeout=240)
    assert "DATA:" in note and ENGINE_RESTARTING_REPLY not in note


def test_an_engine_that_dies_mid_answer_leaves_a_neutral_title_and_the_next_message_a_plain_answer(admin_api, installed, model_server):
    """As llama.cpp died on an AMX fault: the answer starts, then the engine is gone. Open WebUI reports its own
    error for that answer; the chat is named by the pack, never by the bullets, and the clinician's next message
    gets the pack's plain answer until the engine is back."""
    before = {c["id"] for c in admin_api.get("/api/v1/chats/")}
    try:
        with pytest.raises(OpenWebUIError):
            admin_api.chat_as_browser("session-note-ifs", [{"role": "user", "content": f"{BULLETS} SCRIPTED_CRASH"}], [])
        assert model_server.service.process.wait(30) == -signal.SIGSEGV
        [chat] = [c for c in admin_api.get("/api/v1/chats/") if c["id"] not in before]
        assert chat["title"].startswith("DAP note · IFS ·") and "worry" not in chat["title"], chat["title"]
        _, _, reply = admin_api.chat_as_browser("session-note-ifs", [{"role": "user", "content": BULLETS}], [])
        assert reply.strip() == ENGINE_RESTARTING_REPLY
    finally:
        model_server.service.restart()
