"""``clausekit serve``: the web page for people who do not open a terminal."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..errors import ClauseKitError

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but this machine needs a --token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="CLAUSEKIT_TOKEN", help="Require this token on every request (env CLAUSEKIT_TOKEN).")
@click.option("--max-upload-mb", type=click.FloatRange(min=0, min_open=True), default=25, show_default=True,
              help="Largest upload (all files of one request), in MiB.")
@click.option("--retention-minutes", type=click.FloatRange(min=0, min_open=True), default=30, show_default=True,
              help="How long the reviewed copies and reports can be downloaded before they are deleted.")
@click.option("-j", "--workers", type=click.IntRange(min=0), default=2, show_default=True,
              help="Worker processes that lint (0: one per CPU).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Configuration file (default: clausekit.toml or pyproject.toml found upward from here).")
def serve_command(host, port, token, max_upload_mb, retention_minutes, workers, config_path) -> int:
    """Serve a page to upload contracts, read the verdict and download the reviewed Word copy.

    Files stay in a private temporary folder, deleted after --retention-minutes and at shutdown.
    """
    try:
        import uvicorn

        from ..web.app import Settings, create_app
    except ImportError as error:
        raise ClauseKitError(f"clausekit serve needs the web extra ({error.name} is missing): "
                             "pip install 'clausekit[web]'") from None
    from ..review.ci.config import load_config

    if token is not None and not token.strip():
        raise ClauseKitError("--token / CLAUSEKIT_TOKEN is empty")
    if host not in LOCAL_HOSTS and not token:
        click.echo(f"clausekit: warning: serving on {host} without a token: anyone who can reach this address "
                   "can upload contracts and read the reviews; set --token or CLAUSEKIT_TOKEN", err=True)
    settings = Settings(config=load_config(config_path), token=token,
                        max_upload_bytes=int(max_upload_mb * 1024 * 1024),
                        retention_seconds=retention_minutes * 60, workers=workers or os.cpu_count() or 1)
    app = create_app(settings)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"clausekit: serving on http://{shown}:{port}/ (Ctrl+C to stop); "
               f"files kept in {app.app.state.store.root} for {retention_minutes:g} minutes", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, server_header=False)
    return 0
