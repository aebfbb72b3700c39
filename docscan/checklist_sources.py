"""Where every checklist fact comes from: `docscan permits --sources` and `--stale`.

Every requirement, amount, condition and note in `checklists/*.yaml` names its sources by key;
this module walks the validated data, so a fact without a source cannot be listed (it would
not have loaded). `--stale` lists the facts whose source's information is older than
`checklist.STALE_AFTER_MONTHS` months on the given day: those are the first to check when the
rules change (indexed fees every 1 January, thresholds after Statbel's figures).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .checklist import (REGIONS, STALE_AFTER_MONTHS, Source, _source_keys, add_months, checklists_dir,
                        load_common, load_permit_file, permit_ids)


def _amount(value: float) -> str:
    """EUR amounts as the sources print them in English (this listing is for whoever keeps the data)."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


@dataclass(frozen=True, kw_only=True)
class SourcedFact:
    """One fact of the data (a requirement, an amount, a note...) and one of its sources."""

    file: str
    field: str
    summary: str
    key: str
    source: Source


def sourced_facts() -> list[SourcedFact]:
    """Every (fact, source) pair of the checklists, in file order."""
    common = load_common()
    facts = []
    files = [("common.yaml", common.model_dump(exclude={"sources"}, by_alias=True))]
    files += [(f"{permit}.yaml", load_permit_file(permit).model_dump(by_alias=True)) for permit in permit_ids()]
    for name, data in files:
        for where, key in _source_keys(data):
            holder = where.rsplit(".sources", 1)[0]
            facts.append(SourcedFact(file=name, field=holder, summary=_summary(_at(data, holder), holder),
                                     key=key, source=common.sources[key]))
    return facts


def _at(data: object, path: str) -> object:
    for part in path.split("."):
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, (list, tuple)) and part.isdigit():
            data = data[int(part)]
    return data


def _summary(item: object, path: str) -> str:
    """A few words saying what the fact is: its amount, title or first words."""
    if not isinstance(item, dict):
        return path
    parts = []
    if item.get("amount") is not None:
        per = f" a {item['per']}" if item.get("per") else ""
        parts.append(f"EUR {_amount(item['amount'])}{per}")
    if item.get("candidates"):
        parts.append("EUR " + " / ".join(_amount(c) for c in item["candidates"]) + " (sources disagree)")
    for key in ("year", "from", "role", "band", "kept_from"):
        if item.get(key) is not None:
            parts.append(f"{key.replace('_', ' ')} {item[key]}")
    if item.get("reason"):
        parts.append(f"exemption: {item['reason']}")
    for key in ("title", "text", "extra_hint"):
        value = item.get(key)
        if isinstance(value, dict) and value.get("en"):
            text = value["en"]
            parts.append(text if len(text) <= 90 else text[:87] + "...")
            break
    if item.get("verify"):
        parts.append("VERIFY")
    return "; ".join(parts) or path


def _in_region(field: str, region: str | None) -> bool:
    if region is None or not field.startswith("regions."):
        return True
    return field.split(".")[1] == region


def _source_line(source: Source) -> str:
    dated = "undated page, read" if source.undated else "information of"
    note = f"; {source.note}" if source.note else ""
    return f"{source.title} <{source.url}> ({dated} {source.as_of.isoformat()}; seen {source.seen.isoformat()}{note})"


def render_sources(region: str | None, today: date) -> str:
    """Every fact with its sources, for one region (plus what holds everywhere)."""
    lines = [f"Sources of the checklists in {checklists_dir()} (facts for {region or 'every region'}; "
             "'VERIFY': not confirmed, the report says to check):", ""]
    current = None
    for fact in sourced_facts():
        if not _in_region(fact.field, region):
            continue
        heading = (fact.file, fact.field)
        if heading != current:
            if current is not None and current[0] != fact.file:
                lines.append("")
            if current is None or current[0] != fact.file:
                lines.append(fact.file)
            lines.append(f"  {fact.field}: {fact.summary}")
            current = heading
        lines.append(f"      [{fact.key}] {_source_line(fact.source)}")
    return "\n".join(lines) + "\n"


def stale_facts(today: date) -> list[SourcedFact]:
    """The (fact, source) pairs whose source's information is older than 12 months on `today`."""
    limit = add_months(today, -STALE_AFTER_MONTHS)
    return [f for f in sourced_facts() if f.source.as_of < limit]


def render_stale(stale: list[SourcedFact], today: date) -> str:
    limit = add_months(today, -STALE_AFTER_MONTHS)
    if not stale:
        return f"No checklist fact rests on a source older than {STALE_AFTER_MONTHS} months (before {limit}).\n"
    by_source: dict[str, list[SourcedFact]] = {}
    for fact in stale:
        by_source.setdefault(fact.key, []).append(fact)
    lines = [f"{len(stale)} checklist facts rest on {len(by_source)} sources older than {STALE_AFTER_MONTHS} months "
             f"(information before {limit.isoformat()}, checked on {today.isoformat()}). Check these first:", ""]
    for key, facts in sorted(by_source.items(), key=lambda item: item[1][0].source.as_of):
        lines.append(f"[{key}] {_source_line(facts[0].source)}")
        for fact in facts:
            lines.append(f"    {fact.file}: {fact.field}: {fact.summary}")
        lines.append("")
    return "\n".join(lines)


__all__ = ["REGIONS", "SourcedFact", "render_sources", "render_stale", "sourced_facts", "stale_facts"]
