"""Engines: where the per-article pipeline runs (this process, local processes, Dask).

    with open_engine("dask", settings, workers=2) as engine:
        for position, result in engine.process(documents): ...

`protocol` says what an engine is; `local` runs in this process or a process pool; `dask`
runs on a `dask.distributed` cluster (local, Slurm via dask-jobqueue, Kubernetes).
Nothing is imported from Dask until a Dask engine connects.
"""

from __future__ import annotations

from typing import Literal

from eventwire.engines.protocol import Engine, partitions
from eventwire.errors import ConfigurationError
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

EngineName = Literal["local", "dask"]

__all__ = ["Engine", "EngineName", "open_engine", "partitions"]


def open_engine(
    name: str,
    settings: Settings,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = 16,
) -> Engine:
    """The engine called ``name``, configured from command-line style options.

    ``workers``: processes (local: a process pool when above 1; dask: the size of the
    local cluster). ``scheduler`` only means something to Dask. Nothing starts here.
    """
    if name == "local":
        if scheduler:
            raise ConfigurationError("--scheduler needs --engine dask")
        from eventwire.engines.local import LocalEngine

        return LocalEngine(
            lambda: Pipeline.load(settings),
            settings=settings,
            processes=workers or 1,
            partition_size=partition_size,
        )
    if name == "dask":
        from eventwire.engines.dask import DaskEngine

        return DaskEngine(
            settings, scheduler=scheduler, workers=workers, partition_size=partition_size
        )
    raise ConfigurationError(f"--engine {name!r}: use local or dask")
