"""The identity rules (`docscan/rules/identity.yaml`), validated on load.

Cue words, the documents compared, the thresholds of the name comparison and the fee accounts
are data an adviser can correct; a mistake in them is reported as "file, field", never as a
traceback from the comparison.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..datafiles import RULES_DIR, load_model
from ..messages import LANGUAGES

CUE_KINDS = ("surname", "given_names", "full_name", "birth_date", "passport_number", "nationality",
             "payment_message", "employer_name", "enterprise_number", "beneficiary_account")


class FeeAccount(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    iban: str
    payee: dict[str, str]

    @field_validator("iban")
    @classmethod
    def _valid_iban(cls, value: str) -> str:
        from stdnum import iban

        compact = iban.compact(value)
        if not iban.is_valid(compact):
            raise ValueError(f"'{value}' is not a valid IBAN (its check digits fail)")
        return compact

    @field_validator("payee")
    @classmethod
    def _every_language(cls, value: dict[str, str]) -> dict[str, str]:
        missing = [lang for lang in LANGUAGES if not value.get(lang)]
        if missing:
            raise ValueError(f"needs a text in every language; missing: {', '.join(missing)}")
        return value


class IdentityRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    person_documents: tuple[str, ...] = Field(min_length=1)
    employer_documents: tuple[str, ...] = Field(min_length=1)
    employer_not_compared_for: tuple[str, ...] = ()
    employer_party_documents: tuple[str, ...] = ()
    cues: dict[str, tuple[str, ...]]
    titles: tuple[str, ...]
    stop_words: tuple[str, ...]
    relatives: tuple[str, ...] = ()
    legal_forms: tuple[str, ...]
    transliterations: tuple[tuple[str, str], ...]
    variant_ratio: float = Field(gt=0, le=100)
    unrelated_ratio: float = Field(gt=0, le=100)
    certain_confidence: float = Field(ge=0, le=100)
    fee_accounts: dict[str, FeeAccount] = {}

    @field_validator("cues")
    @classmethod
    def _cue_kinds(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        unknown = sorted(set(value) - set(CUE_KINDS))
        if unknown:
            raise ValueError(f"unknown cue kind '{unknown[0]}'; known: {', '.join(CUE_KINDS)}")
        missing = [kind for kind in CUE_KINDS if not value.get(kind)]
        if missing:
            raise ValueError(f"cue kind '{missing[0]}' needs at least one cue")
        return {kind: tuple(str(cue).strip() for cue in cues) for kind, cues in value.items()}

    @field_validator("transliterations")
    @classmethod
    def _patterns(cls, value: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        for pattern, _ in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"'{pattern}' is not a regular expression ({exc})") from None
        return value

    @model_validator(mode="after")
    def _document_types(self) -> "IdentityRules":
        from ..classify import load_rules

        known = set(load_rules().types)
        for where, ids in (("person_documents", self.person_documents), ("employer_documents", self.employer_documents),
                           ("fee_accounts", tuple(self.fee_accounts))):
            unknown = [i for i in ids if i not in known]
            if unknown:
                raise ValueError(f"{where}: '{unknown[0]}' is not a document type of document_types.yaml")
        from ..checklist import permit_ids

        unknown_permits = [p for p in self.employer_not_compared_for if p not in permit_ids()]
        if unknown_permits:
            raise ValueError(f"employer_not_compared_for: '{unknown_permits[0]}' is not a permit of checklists/")
        if self.unrelated_ratio >= self.variant_ratio:
            raise ValueError("unrelated_ratio must be below variant_ratio")
        return self


@lru_cache(maxsize=4)
def load_identity_rules(path: Path | None = None) -> IdentityRules:
    """The rules, validated (`ConfigError` naming the file and the field otherwise)."""
    return load_model(path or RULES_DIR / "identity.yaml", IdentityRules)
