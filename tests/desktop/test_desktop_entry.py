"""The launcher entry and AppStream metainfo: valid, one id everywhere, installed and removed."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import stat
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fallback_desktop import __version__
from fallback_desktop.gui.identity import APP_ID
from fallback_desktop.paths import APP_NAME
from tools.icons import ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
INSTALLER = ROOT / "packaging" / "install-desktop.sh"
# Where the metainfo's screenshots will be once the repository is public (docs/packaging.md).
PUBLIC_FILES = "https://raw.githubusercontent.com/fallbackdesk/fallback-desk/main/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return found


def test_the_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stdout.strip(), result.stdout  # not even a hint


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Warnings fail as errors do; an info (a tag newer than this appstream knows) may pass.
    assert not re.search(r"^[EW]:", result.stdout, re.MULTILINE), result.stdout


def test_one_id_names_the_entry_the_icon_the_metainfo_and_the_window() -> None:
    desktop = entry()
    root = ET.parse(METAINFO).getroot()
    assert desktop["Icon"] == APP_ID
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert f"APP_ID={APP_ID}" in INSTALLER.read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in (ROOT / "packaging" / "fallback-desktop.spec").read_text()
    # The program the entry starts is the one pip installs, and X11 groups its windows by name.
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    command = desktop["Exec"].split()[0]
    assert command in scripts
    assert root.findtext("provides/binary") == command
    assert desktop["StartupWMClass"] == APP_NAME


def test_both_languages_are_there() -> None:
    desktop = entry()
    for key in ("Name", "Comment", "GenericName", "Keywords"):
        assert desktop[key], key
        assert desktop[f"{key}[ko]"], key
    assert desktop["Name[ko]"] == "고객센터 대체 창구 도우미"
    root = ET.parse(METAINFO).getroot()
    for tag in ("name", "summary"):
        langs = {element.get(XML_LANG) for element in root.findall(tag)}
        assert langs == {None, "ko"}, tag
    paragraphs = root.findall("description/p")
    assert {p.get(XML_LANG) for p in paragraphs} == {None, "ko"}


def test_a_mailto_handler_takes_the_link_as_its_argument() -> None:
    desktop = entry()
    assert desktop["MimeType"] == "x-scheme-handler/mailto;"
    assert desktop["Exec"].endswith(" %u")  # one URL, as fallback_desktop.gui.launch reads it


def test_the_release_is_this_version_and_screenshots_exist_in_the_repository() -> None:
    root = ET.parse(METAINFO).getroot()
    versions = [release.get("version") for release in root.findall("releases/release")]
    assert versions[0] == __version__
    images = root.findall("screenshots/screenshot/image")
    assert images
    from PySide6.QtGui import QImageReader

    for image in images:
        url = image.text or ""
        assert url.startswith(PUBLIC_FILES), url
        local = ROOT / url.removeprefix(PUBLIC_FILES)
        assert local.is_file(), f"{local} is named in the metainfo but missing"
        size = QImageReader(str(local)).size()
        declared = (int(image.get("width", 0)), int(image.get("height", 0)))
        assert (size.width(), size.height()) == declared


def installed(data: Path) -> list[str]:
    return sorted(
        str(path.relative_to(data))
        for path in data.rglob("*")
        if path.is_file() and path.name != "mimeinfo.cache"  # update-desktop-database's index
    )


@pytest.mark.skipif(os.name != "posix", reason="a launcher entry is a Linux (XDG) thing")
def test_make_install_desktop_installs_for_the_user_and_uninstall_removes_it(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data home"
    program = tmp_path / "my apps" / "fallback-desktop"  # a space, as in many home folders
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    make = [tool("make"), "-s", "-C", str(ROOT)]
    done = subprocess.run(
        [*make, "install-desktop", f"EXEC={program}"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert installed(data) == sorted(
        [
            f"applications/{APP_ID}.desktop",
            f"metainfo/{APP_ID}.metainfo.xml",
            f"icons/hicolor/scalable/apps/{APP_ID}.svg",
            *(f"icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in ICON_SIZES),
        ]
    )
    desktop = entry(data / "applications" / f"{APP_ID}.desktop")
    assert desktop["Exec"] == f'"{program}" %u'
    assert desktop["TryExec"] == str(program)
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(data / "applications" / f"{APP_ID}.desktop")],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stdout

    gone = subprocess.run([*make, "uninstall-desktop"], env=env, capture_output=True, text=True)
    assert gone.returncode == 0, gone.stdout + gone.stderr
    assert installed(data) == []


@pytest.mark.skipif(os.name != "posix", reason="a launcher entry is a Linux (XDG) thing")
def test_installing_for_a_program_that_is_not_there_says_so(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run(
        ["sh", str(INSTALLER), "install", str(tmp_path / "nowhere" / "fallback-desktop")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "no program at" in done.stderr
    assert not (tmp_path / "data").exists()
