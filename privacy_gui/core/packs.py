"""Content packs from trainers: a folder, or a .zip of one, added beside the built-in content.

Zips are unpacked with strict limits (no absolute paths, no "..", no links, bounded size and
file count) into a private temporary folder. A pack never replaces built-in content: a
product id that already exists is refused with a message.
"""

from __future__ import annotations

import atexit
import shutil
import stat
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path, PurePosixPath

from privacy_gui.core.errors import ContentProblem
from privacy_gui.core.loader import load_library
from privacy_gui.core.model import Library

MAX_PACK_BYTES = 50 * 1024 * 1024
MAX_PACK_FILES = 5000


class PackError(ValueError):
    """The pack as a whole can't be used."""


def unpack(path: Path) -> Path:
    """A folder with the pack's content: the folder itself, or a zip unpacked safely."""
    if path.is_dir():
        return path
    if path.suffix.lower() != ".zip" or not path.is_file():
        raise PackError(f"{path.name}: a content pack is a folder or a .zip file")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackError(f"{path.name}: not a readable zip file ({exc})") from exc
    with archive:
        members = archive.infolist()
        if len(members) > MAX_PACK_FILES:
            raise PackError(f"{path.name}: more than {MAX_PACK_FILES} files")
        if sum(m.file_size for m in members) > MAX_PACK_BYTES:
            raise PackError(f"{path.name}: unpacks to more than {MAX_PACK_BYTES // 1024 // 1024} MB")
        target = Path(tempfile.mkdtemp(prefix="privacy-gui-pack-"))
        atexit.register(shutil.rmtree, target, True)
        for member in members:
            name = PurePosixPath(member.filename)
            mode = member.external_attr >> 16
            if name.is_absolute() or ".." in name.parts or "\\" in member.filename or stat.S_ISLNK(mode):
                raise PackError(f"{path.name}: '{member.filename}' points outside the pack")
            destination = target.joinpath(*name.parts)
            if member.is_dir():
                destination.mkdir(parents=True, exist_ok=True)
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, destination.open("wb") as sink:
                shutil.copyfileobj(source, sink)
    entries = [p for p in target.iterdir() if not p.name.startswith(("__MACOSX", "."))]
    if len(entries) == 1 and entries[0].is_dir() and not (entries[0] / "product.yaml").exists():
        return entries[0]  # a zip of the pack folder itself
    return target


def add_pack(library: Library, path: Path) -> tuple[Library, list[ContentProblem]]:
    """The library with the pack's products added after the others, and the pack's problems."""
    folder = unpack(path)
    pack = load_library([folder])
    problems = list(pack.problems)
    known = {p.id for p in library.products}
    added = []
    for product in pack.products:
        if product.id in known:
            problems.append(
                ContentProblem(
                    str(path.name),
                    None,
                    "id",
                    f"the product '{product.id}' already exists; "
                    "a pack can add products but never replace built-in ones",
                )
            )
            continue
        added.append(replace(product, pack=path.stem))
    if not added and not problems:
        raise PackError(f"{path.name}: no product folders (with a product.yaml) were found")
    return replace(library, products=library.products + tuple(added), problems=library.problems), problems
