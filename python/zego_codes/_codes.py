"""The enums of zego_codes: every code of the catalog as a member, the core's guidance
kinds and categories, and the products and their sections. `cargo xtask gen` writes them into `_generated/codes.py`; this module is
their public home, the one their `__module__` names, so pickles and `help()` stay the same
wherever the generated file lives."""

from __future__ import annotations

from ._generated.codes import Category as Category
from ._generated.codes import EventCategory as EventCategory
from ._generated.codes import Guidance as Guidance
from ._generated.codes import Product as Product
from ._generated.codes import Section as Section
from ._generated.codes import ZegoCode as ZegoCode
from ._generated.codes import ZegoEventCode as ZegoEventCode

__all__ = ["Category", "EventCategory", "Guidance", "Product", "Section", "ZegoCode", "ZegoEventCode"]
