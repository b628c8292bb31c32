"""
Two parts of one search at once, on two database connections.

A broad search ("film": 99,627 matches) spends its time in two independent queries: counting
the matches with their facets, and ranking them for the page. Each runs inside the database
(SQLite and psycopg let other Python threads run meanwhile), so the page is ranked in a worker
thread while the request's own thread counts: the search takes as long as the longer of the two
instead of their sum (docs/benchmarks.md, session 4).

A worker thread has its own connection, which sees only committed data: inside a transaction
(a test, or a request that has written something) the search runs in one thread, as it would
without this module. `SEARCH_PARALLEL = False` turns it off.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections

WORKERS = 4  # per process: the searches of more concurrent requests wait for a worker
_executor = None
_lock = threading.Lock()
_worker_connections = set()


def available():
    """Whether a task can run beside this thread: not inside a transaction, and not turned off."""
    return settings.SEARCH_PARALLEL and not connection.in_atomic_block


def beside(function, *args):
    """
    Start `function(*args)` in a worker thread and return its Future; None when it cannot run
    beside this thread (the caller then calls it itself). A task must not wait for another.
    """
    if not available():
        return None
    return _workers().submit(_run, function, *args)


def _workers():
    """The process's pool, made on first use: in each process, after the server's fork."""
    global _executor
    with _lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="search")
        return _executor


def close_connections():
    """
    Close the workers' connections from this thread, e.g. before a test database is dropped
    (PostgreSQL refuses while they are open). A worker opens a new one for its next task.
    """
    with _lock:
        wrappers = list(_worker_connections)
        _worker_connections.clear()
    for wrapper in wrappers:
        wrapper.inc_thread_sharing()
        try:
            wrapper.close()
        finally:
            wrapper.dec_thread_sharing()


def _run(function, *args):
    """Run in a worker, on the worker's own connection, which is kept for its next task."""
    with _lock:
        _worker_connections.add(connections[DEFAULT_DB_ALIAS])
    if connection.connection is not None and not connection.is_usable():
        connection.close()
    try:
        return function(*args)
    except DatabaseError:
        connection.close()  # a connection in an unknown state is not reused
        raise
