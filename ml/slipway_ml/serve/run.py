"""Running the app under uvicorn: one worker, uvloop + httptools (with protocol.py's limits),
JSON logs, graceful shutdown on SIGTERM/SIGINT (in-flight requests finish, then the lifespan
ends)."""

from __future__ import annotations

import logging.config

import uvicorn

from slipway_ml.serve.app import create_app
from slipway_ml.serve.logs import log_config
from slipway_ml.serve.protocol import ConnectionLimits, guarded_protocol
from slipway_ml.serve.settings import ServeSettings


def serve(settings: ServeSettings) -> int:
    """Runs until stopped; 0 after a clean shutdown, 1 when a bad bundle stops it."""
    logging.config.dictConfig(log_config(settings.log_level))
    app = create_app(settings)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        loop="uvloop",
        http=guarded_protocol(
            ConnectionLimits(
                max_header_bytes=settings.max_header_bytes,
                header_timeout_s=settings.header_timeout_s,
                body_timeout_s=settings.body_timeout_s,
                max_connections=settings.max_connections,
            )
        ),
        # Used only if the protocol is switched to h11; the one above enforces the same limit.
        h11_max_incomplete_event_size=settings.max_header_bytes,
        timeout_keep_alive=settings.keep_alive_timeout_s,
        backlog=settings.backlog,
        lifespan="on",
        log_config=log_config(settings.log_level),
        access_log=False,  # our middleware logs each request as JSON
        server_header=False,
        timeout_graceful_shutdown=settings.graceful_timeout_s,
    )
    server = uvicorn.Server(config)

    def stop() -> None:
        server.should_exit = True

    app.state.stop_server = stop
    server.run()
    if app.state.model_state.model is None and settings.exit_on_bad_bundle:
        return 1
    return 0 if server.started else 1
