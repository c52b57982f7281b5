"""Wording letters: the register's facts -> a context -> the Jinja2 templates in resources/letters.

Implements ``core.request_desk.LetterWriter``. The templates hold the words; this module decides
what the letter may say (data minimisation: only the identity fields the person chose) and which
provisions it cites (``grounds.py``, verified ones only). No Qt here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2

from ..core.request_desk import Letter, LetterFacts
from ..core.vocab import RequestEventKind, RequestType
from . import labels
from .grounds import DELETE_TRIGGERS, INSTRUMENTS, format_grounds, grounds_for, short_ref

SEPARATOR = "\n\n" + "—" * 24 + "\n\n"


class LetterComposer:
    """Renders request letters and follow-ups from the templates folder (resources/letters)."""

    def __init__(self, templates: Path) -> None:
        self.templates = Path(templates)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.templates)),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )

    # --- LetterWriter ---------------------------------------------------------------------
    def compose(self, facts: LetterFacts) -> Letter:
        return self._compose(facts, "request")

    def compose_followup(self, facts: LetterFacts, kind: str) -> Letter:
        if kind not in ("reminder", "complaint"):
            raise ValueError(kind)
        return self._compose(facts, kind)

    # --- internals ------------------------------------------------------------------------
    def _compose(self, facts: LetterFacts, kind: str) -> Letter:
        lang = facts.request.lang
        langs = ["zh", "en"] if lang == "both" else [lang]
        texts, subjects = [], []
        for one in langs:
            context = self.context(facts, one)
            texts.append(self.render(f"{one}/{kind}.txt.j2", context))
            subjects.append(context["subject"][kind])
        text = SEPARATOR.join(texts)
        to = tuple(self.recipients(facts)) if kind != "complaint" else ()
        opts = facts.request.options
        sender = str(opts.get("reply_email") or facts.profile.email or "")
        return Letter(subject=" / ".join(subjects), text=text, to=to, lang=lang, kind=kind,
                      sender=sender)

    def render(self, name: str, context: dict[str, Any]) -> str:
        raw = self.env.get_template(name).render(**context)
        lines = [line.rstrip() for line in raw.splitlines()]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"

    @staticmethod
    def recipients(facts: LetterFacts) -> list[str]:
        chosen = [str(a).lower() for a in facts.request.options.get("send_to") or []]
        if chosen:
            return chosen
        if facts.service.emails:
            return [e.lower() for e in facts.service.emails]
        handler = (facts.notice.analysis.get("handler") or {}) if facts.notice else {}
        return [str(e).lower() for e in handler.get("emails") or []]

    @staticmethod
    def handler_name(facts: LetterFacts) -> str:
        if facts.service.provider:
            return facts.service.provider
        handler = (facts.notice.analysis.get("handler") or {}) if facts.notice else {}
        names = handler.get("names") or []
        return str(names[0]) if names else facts.service.name

    def context(self, facts: LetterFacts, lang: str) -> dict[str, Any]:
        request = facts.request
        opts = request.options
        kind = RequestType(request.type)
        triggers = tuple(opts.get("triggers") or ())
        genai = bool(opts.get("genai"))
        citations = grounds_for(kind, capacity=request.capacity, genai=genai, triggers=triggers,
                                automated=bool(opts.get("automated")))
        title = labels.pick(labels.TYPE_TITLE, kind.value, lang)
        service = facts.service
        reply_days = int(opts.get("reply_days") or 30)
        reply_unit = str(opts.get("reply_unit") or "calendar")
        due = facts.due
        sent_letter = opts.get("sent_letter") or {}
        return {
            "lang": lang,
            "type": kind.value,
            "title": title,
            "subject": {
                "request": _subject(lang, "request", title, service.name),
                "reminder": _subject(lang, "reminder", title, service.name),
                "complaint": _subject(lang, "complaint", title, service.name),
            },
            "service": service.name,
            "handler": self.handler_name(facts),
            "contacts": self.recipients(facts),
            "web_form": service.web_form,
            "today": facts.today.isoformat(),
            "capacity": request.capacity.value,
            "capacity_label": labels.pick(labels.CAPACITY, request.capacity.value, lang),
            "subject_name": str(opts.get("subject_name") or ""),
            "applicant": _identity(facts, "name") or "",
            "identity": self.identity_lines(facts, lang),
            "reply_email": _identity(facts, "email"),
            "grounds": format_grounds(citations, lang),
            "categories": [labels.pick(labels.CATEGORY, c, lang) for c in opts.get("categories")
                           or []],
            "period_from": str(opts.get("from") or ""),
            "period_to": str(opts.get("to") or ""),
            "processing": [labels.processing_text(str(p), lang)
                           for p in opts.get("processing") or []],
            "triggers": [(DELETE_TRIGGERS[t], labels.pick(labels.TRIGGER, t, lang))
                         for t in triggers],
            "withdraws": "consent_withdrawn" in triggers,
            "genai": genai,
            "automated": bool(opts.get("automated")),
            # what an explanation request should dwell on (the audit prefills it)
            "asks_training": genai or "model_training" in (opts.get("topics") or []),
            "recipient": str(opts.get("recipient") or ""),
            "details": str(opts.get("details") or ""),
            "reply_days": reply_days,
            "reply_unit": labels.pick(labels.UNIT, reply_unit, lang),
            "reply_by": facts.reply_by.due.isoformat() if facts.reply_by else "",
            "benchmark": opts.get("reply_source", "benchmark") == "benchmark",
            "sent": due.sent.isoformat() if due else "",
            "due": due.due.isoformat() if due else "",
            "overdue": bool(due and due.overdue),
            "elapsed": (facts.today - due.sent).days if due else 0,
            "sent_subject": str(sent_letter.get("subject", "")),
            "status": request.status.value,
            "timeline": self.timeline(facts, lang),
            "ref": _refs(lang),
            "law": {k: (v[1] if lang == "zh" else v[3]) for k, v in INSTRUMENTS.items()},
        }

    @staticmethod
    def identity_lines(facts: LetterFacts, lang: str) -> list[tuple[str, str]]:
        lines = []
        for item in facts.request.options.get("identity") or ():
            if item == "name":  # shown as the applicant already
                continue
            value = _identity(facts, item)
            if value:
                lines.append((labels.pick(labels.IDENTITY, item, lang), value))
        return lines

    @staticmethod
    def timeline(facts: LetterFacts, lang: str) -> list[dict[str, str]]:
        rows = []
        for event in sorted(facts.request.events, key=lambda e: (e.at, e.id or 0)):
            kind = RequestEventKind(event.kind).value
            rows.append({
                "date": event.at.isoformat(),
                "what": labels.pick(labels.EVENT, kind, lang),
                "note": event.note,
                "files": ", ".join(a.filename for a in event.attachments),
            })
        return rows


def _identity(facts: LetterFacts, item: str) -> str:
    opts = facts.request.options
    profile = facts.profile
    if item not in (opts.get("identity") or ()):
        return ""
    if item == "name":
        return str(opts.get("name") or profile.name)
    if item == "account":
        accounts = opts.get("accounts") or profile.account_ids
        return "；".join(str(a) for a in accounts) if accounts else ""
    if item == "email":
        return str(opts.get("reply_email") or profile.email)
    if item == "phone":
        return str(opts.get("phone") or profile.phone)
    if item == "address":
        return str(opts.get("address") or profile.postal_address)
    return ""


def _subject(lang: str, kind: str, title: str, service: str) -> str:
    if lang == "zh":
        prefix = {"request": "个人信息权利行使申请", "reminder": "催告：个人信息权利行使申请",
                  "complaint": "个人信息保护投诉"}[kind]
        return f"{prefix}：{title}（{service}）"
    prefix = {"request": "Personal information rights request",
              "reminder": "Reminder: personal information rights request",
              "complaint": "Personal information protection complaint"}[kind]
    return f"{prefix}: {title} ({service})"


def _refs(lang: str) -> dict[str, str]:
    """Inline references the templates use, all built from the verified table."""
    return {
        "reasons": short_ref("pipl", 50, lang, 1),
        "sue": short_ref("pipl", 50, lang, 2),
        "complaints": short_ref("pipl", 65, lang, 1),
        "regulator_duty": short_ref("pipl", 61, lang, item=2),
        "delete_fallback": short_ref("pipl", 47, lang, 2),
        "delete": short_ref("pipl", 47, lang, 1),
        "withdraw_effect": short_ref("pipl", 15, lang, 2),
        "no_refusal": short_ref("pipl", 16, lang),
        "explain_automated": short_ref("pipl", 24, lang, 3),
        "push_optout": short_ref("pipl", 24, lang, 2),
        "tags": short_ref("ndsr", 42, lang),
        "algo_off": short_ref("algo", 17, lang, 1),
        "algo_tags": short_ref("algo", 17, lang, 2),
        "algo_complaints": short_ref("algo", 30, lang),
        "portability": short_ref("ndsr", 25, lang),
        "deregister": short_ref("ndsr", 24, lang),
        "no_conditions": short_ref("ndsr", 23, lang),
        "genai_inputs": short_ref("genai", 11, lang, 1),
        "genai_requests": short_ref("genai", 11, lang, 2),
        "genai_published": short_ref("genai", 15, lang),
        "genai_complaints": short_ref("genai", 18, lang),
        "minors_written": short_ref("minors", 34, lang),
        "notice_items": short_ref("pipl", 17, lang, 1),
        "recipients": short_ref("pipl", 23, lang),
        "overseas": short_ref("pipl", 39, lang),
    }

