"""Remarks of Belgian residence cards (single permit, labour market), read from the card's printed text."""

from __future__ import annotations

import pytest

from docscan.card_remarks import CardRemarks, find_remarks, load_remarks
from docscan.datafiles import RULES_DIR
from docscan.errors import ConfigError


@pytest.mark.parametrize("text,remarks", [
    ("OPMERKINGEN / REMARQUES\nGECOMBINEERDE VERGUNNING / PERMIS UNIQUE\nARBEIDSMARKT: BEPERKT",
     ("single_permit", "labour_market_limited")),
    ("Remarques : permis unique. Marché du travail : illimité", ("single_permit", "labour_market_unlimited")),
    ("MARCHE DU TRAVAIL: LIMITE", ("labour_market_limited",)),  # accents lost by OCR
    ("Bemerkungen: kombinierte Erlaubnis - Arbeitsmarkt: begrenzt", ("single_permit", "labour_market_limited")),
    ("Arbeidsmarkt: geen", ("labour_market_none",)),
])
def test_remarks_that_should_match(text, remarks):
    assert find_remarks(text) == remarks


@pytest.mark.parametrize("text", [
    "VERBLIJFSTITEL / TITRE DE SÉJOUR",           # a card without remarks
    "permis uniquement valable",                  # not the phrase, only its start
    "arbeidsmarktbeleid van de regio",            # a word that starts like one
    "arbeidsmarkt: beperkt / marché du travail: illimité",  # two accesses contradict: neither is a fact
])
def test_remarks_that_should_not_match(text):
    assert "labour_market_limited" not in find_remarks(text) and "labour_market_unlimited" not in find_remarks(text)
    assert "single_permit" not in find_remarks(text)


def test_shipped_rules_load_and_a_broken_phrase_names_the_file(tmp_path):
    assert {r.code for r in load_remarks().remarks} >= {"single_permit", "labour_market_limited"}
    broken = tmp_path / "card_remarks.yaml"
    broken.write_text((RULES_DIR / "card_remarks.yaml").read_text(encoding="utf-8").replace(
        '"permis\\\\s+unique"', '"permis(unique"'), encoding="utf-8")
    with pytest.raises(ConfigError, match="card_remarks.yaml"):
        load_remarks.__wrapped__(broken)
    assert CardRemarks.model_fields["remarks"]
