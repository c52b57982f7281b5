"""Where the data folder comes from: --data-dir, the environment, the location pointer, the default.

conftest.py points HOME and XDG_CONFIG_HOME at a temporary folder, so the pointer written here lives
under tmp_path (platformdirs honours XDG_CONFIG_HOME).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from consent_ledger.paths import (
    DATA_DIR_ENV,
    data_dir_overridden,
    default_data_dir,
    location_pointer,
    read_location,
    resolve_data_dir,
    write_location,
)


def test_pointer_lives_in_the_temporary_config_folder() -> None:
    config_home = Path(os.environ["XDG_CONFIG_HOME"]).resolve()
    assert config_home == (Path(os.environ["HOME"]) / ".config").resolve()
    assert location_pointer().resolve() == config_home / "consent-ledger" / "location.json"


def test_order_option_env_pointer_default(tmp_path: Path) -> None:
    assert resolve_data_dir(None, {}) == default_data_dir()
    chosen = tmp_path / "chosen"
    pointer = write_location(chosen)
    assert resolve_data_dir(None, {}) == chosen.resolve()
    from_env = tmp_path / "env"
    assert resolve_data_dir(None, {DATA_DIR_ENV: str(from_env)}) == from_env.resolve()
    option = tmp_path / "option"
    assert resolve_data_dir(str(option), {DATA_DIR_ENV: str(from_env)}) == option.resolve()
    assert not data_dir_overridden(None, {})
    assert data_dir_overridden(None, {DATA_DIR_ENV: str(from_env)})
    assert data_dir_overridden(str(option), {})
    assert oct(pointer.stat().st_mode & 0o777) == "0o600"
    assert oct(pointer.parent.stat().st_mode & 0o777) == "0o700"
    assert json.loads(pointer.read_text(encoding="utf-8"))["data_dir"] == str(chosen.resolve())


def test_a_pointer_that_is_not_an_absolute_path_is_ignored(tmp_path: Path) -> None:
    pointer = write_location(tmp_path / "x")
    for content in ('{"data_dir": "relative/folder"}', "not json", "[1]", '{"data_dir": 3}',
                    '{"data_dir": ""}'):
        pointer.write_text(content, encoding="utf-8")
        assert read_location() is None
        assert resolve_data_dir(None, {}) == default_data_dir()
    pointer.unlink()
    assert read_location() is None


def test_rewriting_the_pointer_replaces_it(tmp_path: Path) -> None:
    write_location(tmp_path / "first")
    write_location(tmp_path / "second")
    assert read_location() == (tmp_path / "second").resolve()
    assert sorted(p.name for p in location_pointer().parent.iterdir()) == ["location.json"]
