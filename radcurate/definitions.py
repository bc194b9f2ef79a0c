"""The one Definitions object: loaded by `dagster dev`, `dagster asset materialize` and `radcurate curate`."""

from __future__ import annotations

import dagster as dg

import assets as assets_package
from assets.automation import JOBS
from assets.reconcile import SCHEDULES
from assets.sensors import SENSORS
from radcurate.console_log import console_logger
from resources import build_resources

defs = dg.Definitions(
    assets=dg.load_assets_from_package_module(assets_package),
    asset_checks=dg.load_asset_checks_from_package_module(assets_package),
    jobs=JOBS,
    sensors=SENSORS,
    schedules=SCHEDULES,
    resources=build_resources(),
    loggers={"console": console_logger},
)
