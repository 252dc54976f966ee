"""The demo engine: llama-cpp-python's OpenAI-compatible server, with the note's grammar checked after sampling.

    python scripts/therapy_pack/demo_engine.py --model … --port …   (llama_cpp.server's own options)

llama-cpp-python puts the output grammar first in its sampler chain, so every token of the vocabulary
(49,152 for SmolLM2) is run through the grammar before each draw: that was most of what a structured note
cost over a plain one. llama.cpp's own tools sample first and ask the grammar about the drawn token
only, drawing again over the grammar-filtered vocabulary when it refuses. The output obeys the same
grammar either way; here that order is used for every request that carries a grammar.

It runs one thread per physical core, leaving one core free where cores run one thread each (engine_threads).

Standalone (llama_cpp and numpy; psutil where installed): it runs as a script, like recording_engine.py.
"""

from __future__ import annotations

import ctypes
import os
import sys

import numpy as np
from llama_cpp import Llama
from llama_cpp import llama_cpp as native

# llama_token_data as numpy lays it out (id, logit, p; C alignment), so a vocabulary's candidates are
# filled from the logits in one copy.
TOKEN_DATA = np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)], align=True)


class GrammarCheckedSampler:
    """Draws with the chain that has no grammar, then asks the grammar about the drawn token alone."""

    def __init__(self, chain, grammar, n_vocab: int):
        self.chain = chain          # llama-cpp-python's LlamaSampler, built without the grammar
        self.grammar = grammar      # a llama_sampler for the grammar alone
        self.ids = np.arange(n_vocab, dtype=np.intc)
        self.candidates = np.zeros(n_vocab, dtype=TOKEN_DATA)
        self.one = np.zeros(1, dtype=TOKEN_DATA)

    def sample(self, ctx, idx: int = -1) -> int:
        logits = native.llama_get_logits_ith(ctx.ctx, idx)
        candidates = self._all_tokens(logits)
        native.llama_sampler_apply(self.chain.sampler, ctypes.byref(candidates))
        token = candidates.data[candidates.selected].id
        if not self._grammar_allows(token):
            candidates = self._all_tokens(logits)
            native.llama_sampler_apply(self.grammar, ctypes.byref(candidates))
            native.llama_sampler_apply(self.chain.sampler, ctypes.byref(candidates))
            token = candidates.data[candidates.selected].id
        native.llama_sampler_accept(self.grammar, token)
        native.llama_sampler_accept(self.chain.sampler, token)
        return token

    def _all_tokens(self, logits) -> native.llama_token_data_array:
        # The samplers sort and cut the array in place, so it is refilled for every draw.
        self.candidates["id"] = self.ids
        self.candidates["logit"] = np.ctypeslib.as_array(logits, shape=(len(self.ids),))
        self.candidates["p"] = 0.0
        return _array(self.candidates)

    def _grammar_allows(self, token: int) -> bool:
        self.one[0] = (token, 0.0, 0.0)
        native.llama_sampler_apply(self.grammar, ctypes.byref(_array(self.one)))
        return bool(np.isfinite(self.one["logit"][0]))  # the grammar sets a refused token's logit to -inf

    def reset(self) -> None:
        native.llama_sampler_reset(self.grammar)
        self.chain.reset()

    def close(self) -> None:
        if self.grammar is not None:
            native.llama_sampler_free(self.grammar)
            self.grammar = None
        self.chain.close()

    def __del__(self):
        self.close()


def _array(cells: np.ndarray) -> native.llama_token_data_array:
    return native.llama_token_data_array(data=cells.ctypes.data_as(native.llama_token_data_p), size=len(cells),
                                         selected=-1, sorted=False)


def check_grammar_after_sampling() -> None:
    """Every Llama in this process samples first and checks the grammar after (see the module's note)."""
    build_chain = Llama._init_sampler
    if getattr(build_chain, "checks_grammar_after_sampling", False):
        return

    def init_sampler(self, *, grammar=None, logits_processor=None, **settings):
        if grammar is None:
            return build_chain(self, logits_processor=logits_processor, **settings)
        # A Python logits processor (logit_bias is one) reads the candidates by token id: it stays first in
        # the chain, which is always given the whole vocabulary in id order (the grammar only sets refused
        # tokens to -inf, it removes none).
        chain = build_chain(self, grammar=None, logits_processor=logits_processor, **settings)
        checker = native.llama_sampler_init_grammar(self._model.vocab, grammar._grammar.encode("utf-8"),
                                                    grammar._root.encode("utf-8"))
        return GrammarCheckedSampler(chain, checker, self._n_vocab)

    init_sampler.checks_grammar_after_sampling = True
    Llama._init_sampler = init_sampler


def engine_threads() -> int:
    """One thread per physical core, as llama.cpp's own tools count them, less one where no core runs a second thread:
    Open WebUI and the pack's checks need a core while a note streams (llama.cpp's threads spin while they wait).
    llama-cpp-python's default, half the logical CPUs, assumes two threads per core: a 4-vCPU VM got 2 of its 4."""
    try:
        import psutil

        physical, logical = psutil.cpu_count(logical=False), psutil.cpu_count()
    except ImportError:
        physical = logical = None
    if not physical or not logical:
        return max(1, (os.cpu_count() or 2) // 2)
    return physical if logical > physical else max(1, physical - 1)


def main() -> None:
    from llama_cpp.server.__main__ import main as serve

    check_grammar_after_sampling()
    if "--n_threads" not in sys.argv:
        sys.argv += ["--n_threads", str(engine_threads())]
    serve()


if __name__ == "__main__":
    main()
