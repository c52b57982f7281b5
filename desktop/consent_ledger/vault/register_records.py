"""Services, data grants, consents (with their state history) and the person's profile."""

from __future__ import annotations

from datetime import date

from ..core.errors import BadInputError, NotFoundError
from ..core.model import Consent, ConsentEvent, DataGrant, Profile, Service
from ..core.vocab import ConsentState
from . import rows
from .store import Store

_COMPARED = rows.SERVICE_COLUMNS


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class RegisterRecords(Store):
    # --- services -----------------------------------------------------------------------
    def add_service(self, service: Service) -> Service:
        _require_name(service)
        now = rows.iso_moment(self._clock.now())
        with self._change("service.add", "service") as change:
            cur = self.conn.execute(
                "INSERT INTO services (name, provider, website, notice_url, emails, phones,"
                " postal_address, web_form, region, catalogue_id, notes, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*rows.service_values(service), now, now),
            )
            change.entity_id = cur.lastrowid
            change.fields = [c for c, v in zip(_COMPARED, _plain(service), strict=True) if v]
        assert change.entity_id is not None
        return self.get_service(change.entity_id)

    def update_service(self, service: Service) -> Service:
        if service.id is None:
            raise NotFoundError("service without id", entity="service", id=None)
        _require_name(service)
        current = self.get_service(service.id)
        changed = [
            c for c, old, new in zip(_COMPARED, _plain(current), _plain(service), strict=True)
            if old != new
        ]
        with self._change("service.update", "service", service.id) as change:
            change.fields = changed
            self.conn.execute(
                "UPDATE services SET name = ?, provider = ?, website = ?, notice_url = ?,"
                " emails = ?, phones = ?, postal_address = ?, web_form = ?, region = ?,"
                " catalogue_id = ?, notes = ?, updated = ? WHERE id = ?",
                (*rows.service_values(service), rows.iso_moment(self._clock.now()), service.id),
            )
        return self.get_service(service.id)

    def remove_service(self, service_id: int) -> None:
        with self._change("service.remove", "service", service_id):
            self._exists("SELECT 1 FROM services WHERE id = ?", service_id, "service")
            self.conn.execute("DELETE FROM services WHERE id = ?", (service_id,))

    def get_service(self, service_id: int) -> Service:
        row = self._one(rows.SERVICE_SELECT + " WHERE id = ?", (service_id,), "service",
                        service_id)
        return rows.service_from(row)

    def list_services(self, search: str | None = None) -> list[Service]:
        if search:
            pattern = _like_pattern(search)
            found = self._query(
                rows.SERVICE_SELECT
                + " WHERE name LIKE ? ESCAPE '\\' OR provider LIKE ? ESCAPE '\\'"
                " OR catalogue_id LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE, id",
                (pattern, pattern, pattern),
            )
        else:
            found = self._query(rows.SERVICE_SELECT + " ORDER BY name COLLATE NOCASE, id")
        return [rows.service_from(r) for r in found]

    # --- data grants --------------------------------------------------------------------
    def add_grant(self, grant: DataGrant) -> DataGrant:
        if not grant.categories:
            raise BadInputError("a data grant needs at least one category", code="no_category")
        with self._change("grant.add", "grant") as change:
            self._exists("SELECT 1 FROM services WHERE id = ?", grant.service_id, "service")
            cur = self.conn.execute(
                "INSERT INTO grants (service_id, categories, date, channel, note)"
                " VALUES (?, ?, ?, ?, ?)",
                (grant.service_id, rows.dump(list(grant.categories)), rows.iso_date(grant.date),
                 grant.channel, grant.note),
            )
            change.entity_id = cur.lastrowid
            change.fields = [f"service={grant.service_id}"]
        assert change.entity_id is not None
        return self._get_grant(change.entity_id)

    def remove_grant(self, grant_id: int) -> None:
        with self._change("grant.remove", "grant", grant_id):
            self._exists("SELECT 1 FROM grants WHERE id = ?", grant_id, "grant")
            self.conn.execute("DELETE FROM grants WHERE id = ?", (grant_id,))

    def _get_grant(self, grant_id: int) -> DataGrant:
        row = self._one(
            "SELECT id, service_id, categories, date, channel, note FROM grants WHERE id = ?",
            (grant_id,), "grant", grant_id,
        )
        return rows.grant_from(row)

    def list_grants(self, service_id: int | None = None) -> list[DataGrant]:
        sql = "SELECT id, service_id, categories, date, channel, note FROM grants"
        if service_id is None:
            found = self._query(sql + " ORDER BY date, id")
        else:
            found = self._query(sql + " WHERE service_id = ? ORDER BY date, id", (service_id,))
        return [rows.grant_from(r) for r in found]

    # --- consents -----------------------------------------------------------------------
    def add_consent(self, consent: Consent) -> Consent:
        if not consent.purposes:
            raise BadInputError("a consent needs at least one purpose", code="no_purpose")
        events = consent.events or [ConsentEvent(state=consent.state, at=consent.date)]
        with self._change("consent.add", "consent") as change:
            self._exists("SELECT 1 FROM services WHERE id = ?", consent.service_id, "service")
            cur = self.conn.execute(
                "INSERT INTO consents (service_id, purposes, date, state, notice_version_id, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (consent.service_id, rows.dump(list(consent.purposes)),
                 rows.iso_date(consent.date), str(ConsentState(consent.state)),
                 consent.notice_version_id, consent.note),
            )
            consent_id = cur.lastrowid
            assert consent_id is not None
            for event in events:
                self._insert_consent_event(consent_id, event.state, event.at, event.note)
            change.entity_id = consent_id
            change.fields = [f"service={consent.service_id}", f"state={consent.state}"]
        return self.get_consent(consent_id)

    def _insert_consent_event(self, consent_id: int, state: ConsentState, at: date,
                              note: str) -> None:
        self.conn.execute(
            "INSERT INTO consent_events (consent_id, state, at, note) VALUES (?, ?, ?, ?)",
            (consent_id, str(ConsentState(state)), rows.iso_date(at), note),
        )

    def get_consent(self, consent_id: int) -> Consent:
        row = self._one(
            "SELECT id, service_id, purposes, date, state, notice_version_id, note FROM consents"
            " WHERE id = ?", (consent_id,), "consent", consent_id,
        )
        return rows.consent_from(row, self._consent_events(consent_id))

    def _consent_events(self, consent_id: int) -> list[ConsentEvent]:
        found = self._query(
            "SELECT id, state, at, note FROM consent_events WHERE consent_id = ? ORDER BY id",
            (consent_id,),
        )
        return [rows.consent_event_from(r) for r in found]

    def list_consents(self, service_id: int | None = None) -> list[Consent]:
        sql = "SELECT id, service_id, purposes, date, state, notice_version_id, note FROM consents"
        if service_id is None:
            found = self._query(sql + " ORDER BY date, id")
        else:
            found = self._query(sql + " WHERE service_id = ? ORDER BY date, id", (service_id,))
        return [rows.consent_from(r, self._consent_events(r[0])) for r in found]

    def set_consent_state(
        self, consent_id: int, state: ConsentState, at: date, note: str = ""
    ) -> Consent:
        state = ConsentState(state)
        with self._change("consent.state", "consent", consent_id) as change:
            self._exists("SELECT 1 FROM consents WHERE id = ?", consent_id, "consent")
            self.conn.execute("UPDATE consents SET state = ? WHERE id = ?", (str(state), consent_id))
            self._insert_consent_event(consent_id, state, at, note)
            change.fields = [f"state={state}"]
        return self.get_consent(consent_id)

    # --- profile ------------------------------------------------------------------------
    def get_profile(self) -> Profile:
        found = self._query(
            "SELECT name, account_ids, email, phone, postal_address FROM profile WHERE id = 1"
        )
        return rows.profile_from(found[0] if found else None)

    def save_profile(self, profile: Profile) -> Profile:
        current = self.get_profile()
        names = ("name", "account_ids", "email", "phone", "postal_address")
        with self._change("profile.save", "profile", 1) as change:
            change.fields = [n for n in names if getattr(current, n) != getattr(profile, n)]
            self.conn.execute(
                "INSERT INTO profile (id, name, account_ids, email, phone, postal_address)"
                " VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                " account_ids = excluded.account_ids, email = excluded.email,"
                " phone = excluded.phone, postal_address = excluded.postal_address",
                (profile.name, rows.dump(list(profile.account_ids)), profile.email, profile.phone,
                 profile.postal_address),
            )
        return self.get_profile()


def _require_name(service: Service) -> None:
    if not service.name or not service.name.strip():
        raise BadInputError("a service needs a name", code="service_name_empty")


def _plain(service: Service) -> tuple[object, ...]:
    return (
        service.name, service.provider, service.website, service.notice_url, list(service.emails),
        list(service.phones), service.postal_address, service.web_form, service.region,
        service.catalogue_id, service.notes,
    )
