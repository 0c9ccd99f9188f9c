"""The shared normalising of queries and posted ids."""

from kommunect.text import is_ascii_digits, normalize_query, parse_id, parse_ids


def test_parse_ids_keeps_ascii_digits_only():
    assert parse_ids(["1", "²", "١", "x", "", "12", "1" * 19, 7]) == [1, 12, 7]


def test_parse_id():
    assert parse_id("42") == 42
    assert parse_id("²") is None
    assert parse_id(None) is None


def test_is_ascii_digits():
    assert is_ascii_digits("0815")
    assert not is_ascii_digits("²")
    assert not is_ascii_digits("")


def test_normalize_query_drops_control_characters_and_collapses_space():
    assert normalize_query("  Kita\x00 \x01online\n ") == "Kita online"
    assert normalize_query(None) == ""
    assert len(normalize_query("a" * 500)) == 100
