"""The learned text model: plain-data files that cannot execute code, deterministic training,
readable reasons, and its place beside the rules (it never decides alone)."""

import json

import numpy as np
import pytest

from docscan import classify, text_model

TEXTS = {
    "criminal_record": ["Extrait du casier judiciaire. Aucune condamnation n'est inscrite.",
                        "Uittreksel uit het strafregister. Geen veroordelingen.",
                        "Police clearance certificate: no criminal record found for the holder."],
    "payslip": ["Fiche de paie octobre. Salaire brut 4.200,00 EUR, cotisations ONSS, net à payer.",
                "Loonbrief oktober. Brutoloon, RSZ-bijdrage, bedrijfsvoorheffing, nettoloon.",
                "Payslip October: gross pay, social security, withholding tax, net pay."],
    "unknown": ["Chère Anne, merci pour les vacances à la mer.", "Factuur elektriciteit, verbruik kWh.",
                "Dear Sir, I apply for the position advertised."],
}


def _small_model():
    texts = [t for ts in TEXTS.values() for t in ts] * 2
    labels = [label for label, ts in TEXTS.items() for _ in ts] * 2
    return text_model.train(texts, labels, provenance="test")


def test_training_is_deterministic_and_round_trips_through_plain_files(tmp_path):
    meta1, arrays1 = _small_model()
    meta2, arrays2 = _small_model()
    assert meta1["word_vocabulary"] == meta2["word_vocabulary"]
    assert np.array_equal(arrays1["coef"], arrays2["coef"])
    text_model.save(meta1, arrays1, tmp_path / "m.json", tmp_path / "m.npz")
    json.loads((tmp_path / "m.json").read_text())  # plain JSON
    model = text_model.load(tmp_path / "m.json", tmp_path / "m.npz")
    prediction = model.predict("EXTRAIT DU CASIER JUDICIAIRE - aucune condamnation")
    assert prediction.doc_type == "criminal_record"
    assert prediction.top_words and all(isinstance(w, str) for w in prediction.top_words)
    assert 0 < prediction.probability <= 1


def test_a_pickled_array_in_the_model_file_is_refused(tmp_path):
    meta, arrays = _small_model()
    text_model.save(meta, arrays, tmp_path / "m.json", tmp_path / "m.npz")
    hostile = dict(arrays, coef=np.array([object()], dtype=object))
    with (tmp_path / "m.npz").open("wb") as handle:
        np.savez(handle, **hostile)
    with pytest.raises(ValueError):  # numpy refuses object arrays with allow_pickle=False
        text_model.load(tmp_path / "m.json", tmp_path / "m.npz")


def test_a_model_of_another_format_is_refused(tmp_path):
    meta, arrays = _small_model()
    text_model.save({**meta, "format": 99}, arrays, tmp_path / "m.json", tmp_path / "m.npz")
    with pytest.raises(ValueError, match="format"):
        text_model.load(tmp_path / "m.json", tmp_path / "m.npz")


def test_the_model_alone_is_never_confident():
    meta, arrays = _small_model()
    model = text_model.TextModel(meta, arrays)
    # Payslip wording under the rules' minimum score: at most a type for review, never confident.
    text = "Montant brut, cotisations, précompte, net"
    assert classify.classify_text(text, model=False).doc_type == "unknown", "the rules alone must not type it"
    result = classify.classify_text(text, model=model)
    assert result.doc_type == "payslip", result.reasons  # the model speaks...
    assert not result.confident, result.reasons  # ...but alone it is never sure


def test_disagreement_between_rules_and_model_is_not_confident():
    meta, arrays = _small_model()
    model = text_model.TextModel(meta, arrays)
    rules = classify.load_rules().model_copy(update={"model_disagree": 0.0, "model_override": 1.01})
    # Payslip words under the criminal record's title score (the model learnt more of them than the rules count).
    text = ("Extrait de casier judiciaire\nSalaire brut, cotisations ONSS, net. Loonbrief, brutoloon, "
            "RSZ-bijdrage, voorheffing, nettoloon. Payslip, gross pay, social security, net pay.")
    result = classify.classify_text(text, rules, title="Extrait de casier judiciaire", model=model)
    assert result.rules_type == "criminal_record" and result.model_type == "payslip", result.reasons
    assert result.doc_type == "criminal_record" and not result.confident
    assert any(r.code == "model_disagrees" for r in result.reasons)


def test_shipped_model_loads_and_names_its_training_data():
    model = text_model.load_shipped()
    assert model is not None, "the package ships docscan/rules/text_model.json and .npz"
    assert "unknown" in model.classes and set(classify.load_rules().type_ids) <= set(model.classes)
    assert "generate.py" in model.meta["trained_on"]


def test_a_much_surer_model_overrides_the_rules_but_not_with_confidence():
    meta, arrays = _small_model()
    model = text_model.TextModel(meta, arrays)
    rules = classify.load_rules().model_copy(update={"model_disagree": 0.0, "model_override": 0.0,
                                                     "model_override_confident": 1.01})
    # Payslip words on a page whose body names a criminal record (the model learnt more of them
    # than the rules count); the layout found no title.
    text = ("Salaire brut, cotisations ONSS, net. Loonbrief, brutoloon, RSZ-bijdrage, voorheffing, nettoloon. "
            "Payslip, gross pay, social security, net pay. Extrait de casier judiciaire, "
            "uittreksel uit het strafregister, Auszug aus dem Strafregister.")
    result = classify.classify_text(text, rules, title="", model=model)
    assert result.rules_type == "criminal_record" and result.doc_type == "payslip" and not result.confident
    assert any(r.code == "model_overrides" for r in result.reasons)
    # A title that names the rules' type is never overridden (issue 10: an entry ban's title read
    # by the model as an order to leave): the type stays, not confident, with both opinions.
    titled = classify.classify_text("Extrait de casier judiciaire\n" + text, rules,
                                    title="Extrait de casier judiciaire", model=model)
    assert titled.doc_type == "criminal_record" and not titled.confident
    assert any(r.code == "model_disagrees" for r in titled.reasons)
