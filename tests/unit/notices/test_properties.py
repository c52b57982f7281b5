"""Property tests: analyse() never raises, and its output is bounded by its input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consent_ledger.core.errors import BadInputError
from consent_ledger.notices.analyser import Analyser
from consent_ledger.notices.extract import text_from_bytes
from consent_ledger.notices.segment import MAX_CLAUSE

from .test_analyser import check_shape

WORDS = st.sampled_from([
    "我们", "收集", "您的", "手机号", "不会", "训练", "模型", "境外", "。", "；", "，", "\n", "# ", "| ",
    "---", "1. ", "（一）", "We", " do not", " use", " your", " data", " to train", " models",
    ". ", "; ", " privacy [at] x [dot] com", " 30 days", " under 13", "\u3000", "\ufeff", "\x00",
])
TEXTS = st.one_of(st.text(max_size=3000), st.lists(WORDS, max_size=400).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_analyse_never_raises_and_is_bounded(analyser: Analyser, text: str) -> None:
    r = analyser.analyse(text)
    assert "error" not in r
    check_shape(r, text)
    # work is bounded by the input: at most one clause per character, none longer than the cap
    assert len(r["clauses"]) <= len(text)
    assert all(c["end"] - c["start"] <= MAX_CLAUSE for c in r["clauses"])
    assert all(len(x["evidence"]) <= 12 for k in ("purposes", "data_categories", "rights")
               for x in r[k])


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=4000), ctype=st.sampled_from(["", "text/html", "text/plain",
                                                             "text/markdown", "application/pdf"]))
def test_extraction_gives_text_or_a_typed_error(data: bytes, ctype: str) -> None:
    try:
        text = text_from_bytes(data, ctype, "x")
    except BadInputError as exc:
        assert exc.code in ("unreadable", "too_large")
    else:
        assert isinstance(text, str)
