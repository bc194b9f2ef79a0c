"""The storage resource: data dir, vault and the HMAC secret, as Dagster sees them."""

from __future__ import annotations

import os
from functools import cached_property

import dagster as dg
from pydantic import PrivateAttr

from curation.keys import Pseudonymizer, load_secret
from curation.paths import DataPaths
from curation.phi_scan import PhiNeedles
from curation.vault import Vault

SITE_ENV = "RADCURATE_SITE"


class RadcurateStorage(dg.ConfigurableResource):
    """Where curated data and re-identification material live, and the key that links them.

    `secret` comes from the RADCURATE_SECRET environment variable (dg.EnvVar), so it never appears in
    run config or the UI. Runs refuse to start without it. Empty folders mean "RADCURATE_DATA_DIR /
    RADCURATE_VAULT_DIR of the process that runs the step, else ./data and ./vault", resolved at run time
    so the CLI, the UI and tests can point one set of Definitions at different folders.
    """

    data_dir: str = ""
    vault_dir: str = ""
    secret: str
    # The operator's name for the site, shown in partition labels; empty: RADCURATE_SITE of the process.
    site: str = ""

    _paths: DataPaths | None = PrivateAttr(default=None)

    def phi_needles(self, export_ids: tuple[str, ...]) -> PhiNeedles:
        """The vault PHI of the patients of `export_ids` only, as one matcher (a per-export PHI check)."""
        return PhiNeedles.from_phi(self.vault.read_patient_phi(export_ids).values())

    @property
    def paths(self) -> DataPaths:
        if self._paths is None:
            self._paths = DataPaths.from_env(self.data_dir or None, self.vault_dir or None)
        return self._paths

    @property
    def site_name(self) -> str:
        return self.site or os.environ.get(SITE_ENV, "")

    @cached_property
    def pseudonymizer(self) -> Pseudonymizer:
        return Pseudonymizer(load_secret(self.secret))

    @property
    def vault(self) -> Vault:
        return Vault(self.paths.vault_dir)
