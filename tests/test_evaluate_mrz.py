"""The figures `docscan eval sample_docs/mrz` prints (issue 11), from cases made here: no OCR."""

from __future__ import annotations

from pathlib import Path

from docscan import evaluate_mrz
from docscan.mrz_zone import ZoneCost

TRUTH = {"format": "TD3", "degradation": "scan", "zone_width": "600", "document_code": "P",
         "document_number": "EH1234567", "issuing_state": "CZE", "nationality": "CZE",
         "birth_date": "1980-05-17", "expiry_date": "2030-06-01", "sex": "M"}
RIGHT = {key: TRUTH[key] for key in evaluate_mrz.KEY_FIELDS}


def case(name: str, cpu: float, *, first_proved: bool, zone_reads: int = 1, printed_reads: int = 0,
         cost: bool = True) -> evaluate_mrz.ZoneCase:
    zone_cost = ZoneCost(cpu_seconds=cpu, zone_reads=zone_reads, printed_reads=printed_reads,
                         first_proved=first_proved) if cost else None
    return evaluate_mrz.ZoneCase(name, TRUTH, True, RIGHT, "passport", cpu, cpu, cpu + 3.0, zone_cost)


def test_the_cost_on_hard_pages_is_printed_apart():
    cases = (case("a", 0.2, first_proved=True), case("b", 0.3, first_proved=True),
             case("c", 1.0, first_proved=False, zone_reads=4, printed_reads=1),
             case("d", 2.0, first_proved=False, zone_reads=8, printed_reads=3),
             case("e", 3.0, first_proved=False, zone_reads=6, printed_reads=2))
    text, missed = evaluate_mrz.report(cases, Path("corpus"), subset=False)
    hard = next(line for line in text.splitlines() if "hard pages:" in line)
    assert "3 pages" in hard and "2.00 s mean" in hard and "2.00 median" in hard
    assert "3.00 p90" in hard and "3.00 max" in hard and "6.0 zone + 2.0 printed-field runs" in hard
    easy = next(line for line in text.splitlines() if "first reading proved:" in line)
    assert "2 pages" in easy and "0.25 s mean" in easy and "1.0 zone + 0.0 printed-field runs" in easy
    assert "seconds per page:              1.30 zone reader on one core" in text
    assert not missed


def test_pages_without_a_cost_are_left_out_of_the_cost_lines():
    """A page the zone reader did not run on (a text layer, running text) has no cost to show."""
    text, _ = evaluate_mrz.report((case("a", 0.0, first_proved=False, cost=False),
                                   case("b", 0.4, first_proved=True)), Path("corpus"), subset=False)
    assert "hard pages:" not in text
    assert "first reading proved:       1 pages" in text


def test_the_quantile_is_the_nearest_rank():
    values = [float(v) for v in range(1, 11)]
    assert evaluate_mrz._quantile(values, 0.9) == 9.0
    assert evaluate_mrz._quantile(values, 0.5) == 5.0
    assert evaluate_mrz._quantile([4.0], 0.9) == 4.0
