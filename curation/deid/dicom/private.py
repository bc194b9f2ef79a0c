"""Private attributes that may stay: a subset of PS3.15 Table E.3.10-1 (Safe Private Attributes).

Only acquisition physics (diffusion b-values and directions, scale factors) that vendors keep in
private tags and that training pipelines need; no private text, dates or identifiers. Keys are
(group, private creator, element low byte).
"""

from __future__ import annotations

SAFE_PRIVATE: frozenset[tuple[int, str, int]] = frozenset({
    (0x0019, "SIEMENS MR HEADER", 0x08),    # CSA image header type
    (0x0019, "SIEMENS MR HEADER", 0x0C),    # B value
    (0x0019, "SIEMENS MR HEADER", 0x0D),    # diffusion directionality
    (0x0019, "SIEMENS MR HEADER", 0x0E),    # diffusion gradient direction
    (0x0019, "SIEMENS MR HEADER", 0x27),    # B matrix
    (0x0019, "GEMS_ACQU_01", 0xBB),         # diffusion direction x
    (0x0019, "GEMS_ACQU_01", 0xBC),         # diffusion direction y
    (0x0019, "GEMS_ACQU_01", 0xBD),         # diffusion direction z
    (0x0043, "GEMS_PARM_01", 0x39),         # slop_int_6..9 (b value)
    (0x2001, "Philips Imaging DD 001", 0x03),  # diffusion b-factor
    (0x2005, "Philips MR Imaging DD 001", 0x0E),  # scale slope
    (0x2005, "Philips MR Imaging DD 001", 0xB0),  # diffusion direction RL
    (0x2005, "Philips MR Imaging DD 001", 0xB1),  # diffusion direction AP
    (0x2005, "Philips MR Imaging DD 001", 0xB2),  # diffusion direction FH
})


def is_safe_private(group: int, creator: str, element: int) -> bool:
    return (group, creator.strip(), element & 0xFF) in SAFE_PRIVATE
