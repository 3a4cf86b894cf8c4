"""Kiosk configuration: read, validate, and check the admin PIN.

The PIN is stored only as a salted PBKDF2 hash (``privacy-gui kiosk-pin`` makes one).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from privacy_gui.core import schema
from privacy_gui.core.errors import ContentProblem
from privacy_gui.core.yamlsafe import YamlProblem, parse_yaml

CONFIG_NAME = "kiosk.yaml"
PIN_ITERATIONS = 200_000
FIELDS = (
    schema.Field("idle_timeout", "int", required=False),
    schema.Field("countdown", "int", required=False),
    schema.Field("language", "text", required=False),
    schema.Field("products", "texts", required=False),
    schema.Field("admin_pin_hash", "text"),
    schema.Field("allow_printing", "bool", required=False),
)


@dataclass(frozen=True, slots=True)
class KioskConfig:
    """Settings for a public terminal."""

    admin_pin_hash: str
    idle_timeout: int = 180
    countdown: int = 30
    language: str = "en"
    products: tuple[str, ...] | None = None
    allow_printing: bool = False

    def pin_ok(self, pin: str) -> bool:
        """Constant-time check of a PIN against the stored hash."""
        return verify_pin(pin, self.admin_pin_hash)


class KioskConfigError(ValueError):
    """The config can't be used; ``problems`` say where and why."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = PIN_ITERATIONS) -> str:
    """``pbkdf2_sha256$ITERATIONS$SALT$HASH`` (hex)."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True if ``pin`` matches ``stored`` (a value made by ``hash_pin``)."""
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        expected = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(expected.hex(), digest)


def default_config_path() -> Path | None:
    """The first ``privacy-gui/kiosk.yaml`` in the system's config folders, if any."""
    for folder in QStandardPaths.standardLocations(QStandardPaths.StandardLocation.GenericConfigLocation):
        candidate = Path(folder) / "privacy-gui" / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_kiosk_config(path: Path, known_products: set[str] | None = None) -> KioskConfig:
    """Read and validate; raises KioskConfigError naming the file, line and field."""
    problems: list[ContentProblem] = []
    try:
        parsed = parse_yaml(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise KioskConfigError([ContentProblem(str(path), None, None, f"could not be read: {exc}")]) from exc
    except YamlProblem as exc:
        raise KioskConfigError([ContentProblem(str(path), exc.line, None, exc.message)]) from exc

    def report(field: str, message: str) -> None:
        problems.append(ContentProblem(str(path), parsed.line_of(field), field, message))

    data = schema.validate(parsed.data, FIELDS, report)
    pin_hash = data.get("admin_pin_hash", "")
    if pin_hash and not pin_hash.startswith("pbkdf2_sha256$"):
        report("admin_pin_hash", "must be a hash made by 'privacy-gui kiosk-pin', never the PIN itself")
    idle = data.get("idle_timeout", 180)
    if not 30 <= idle <= 3600:
        report("idle_timeout", "must be between 30 and 3600 seconds")
    countdown = data.get("countdown", 30)
    if not 5 <= countdown <= 300:
        report("countdown", "must be between 5 and 300 seconds")
    products = data.get("products")
    if products and known_products is not None:
        for product in products:
            if product not in known_products:
                report(
                    "products",
                    f"'{product}' is not a product this app knows ({', '.join(sorted(known_products))})",
                )
    if problems:
        raise KioskConfigError(problems)
    return KioskConfig(
        admin_pin_hash=pin_hash,
        idle_timeout=idle,
        countdown=countdown,
        language=data.get("language", "en"),
        products=tuple(products) if products else None,
        allow_printing=data.get("allow_printing", False),
    )
