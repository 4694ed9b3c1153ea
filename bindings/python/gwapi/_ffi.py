"""The C library behind the package: loading it and its bytes-in / JSON-out
functions (include/gwapi/json.h). Nothing else of the C API is mirrored."""
from __future__ import annotations

import ctypes
import os
from typing import Optional

# gwapi_status values (include/gwapi/status.h); codes never change meaning.
STATUS_NAMES = {0: "OK", 1: "ENOMEM", 2: "EINVAL", 3: "EVERSION", 4: "EINTERNAL"}


class GwapiError(Exception):
    """A failing library call (not a problem with the input: those are
    diagnostics). ``status`` is the status name, e.g. ``"EINVAL"``."""

    def __init__(self, status: int, what: str):
        self.status = STATUS_NAMES.get(status, "status %d" % status)
        self.code = status
        super().__init__("%s: %s (%s)" % (what, _status_text(status), self.status))


def _load() -> ctypes.CDLL:
    # The wheel carries the library next to this file; GWAPI_LIBRARY points
    # elsewhere (a development build) when set.
    path = os.environ.get("GWAPI_LIBRARY") or os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "libgwapi.so")
    lib = ctypes.CDLL(path)
    c_char_pp = ctypes.POINTER(ctypes.c_void_p)
    lib.gwapi_version.restype = ctypes.c_char_p
    lib.gwapi_version.argtypes = []
    lib.gwapi_status_str.restype = ctypes.c_char_p
    lib.gwapi_status_str.argtypes = [ctypes.c_int]
    lib.gwapi_ctx_new_json.restype = ctypes.c_int
    lib.gwapi_ctx_new_json.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_char_p]
    lib.gwapi_ctx_free.restype = None
    lib.gwapi_ctx_free.argtypes = [ctypes.c_void_p]
    lib.gwapi_validate_json.restype = ctypes.c_int
    lib.gwapi_validate_json.argtypes = [c_char_pp, ctypes.POINTER(ctypes.c_size_t),
                                        ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                        ctypes.c_char_p]
    lib.gwapi_translate_json.restype = ctypes.c_int
    lib.gwapi_translate_json.argtypes = lib.gwapi_validate_json.argtypes
    lib.gwapi_free.restype = None
    lib.gwapi_free.argtypes = [ctypes.c_void_p]
    return lib


# ctypes.CDLL releases the GIL for the duration of every call.
lib = _load()


def _status_text(status: int) -> str:
    return lib.gwapi_status_str(status).decode("utf-8", "replace")


def version() -> str:
    return lib.gwapi_version().decode()


def ctx_new(options_json: str) -> int:
    handle = ctypes.c_void_p()
    st = lib.gwapi_ctx_new_json(ctypes.byref(handle), options_json.encode("utf-8"))
    if st:
        raise GwapiError(st, "gwapi_ctx_new_json")
    return handle.value


def ctx_free(handle: Optional[int]) -> None:
    lib.gwapi_ctx_free(handle)


def validate_json(handle: int, data: bytes, options_json: str) -> str:
    """The ValidationResult document for one file's bytes, as text."""
    return _call("gwapi_validate_json", handle, data, options_json)


def translate_json(handle: int, data: bytes, options_json: str) -> str:
    """The TranslationResult document for one file's bytes, as text."""
    return _call("gwapi_translate_json", handle, data, options_json)


def _call(name: str, handle: int, data: bytes, options_json: str) -> str:
    out = ctypes.c_void_p()
    out_len = ctypes.c_size_t()
    st = getattr(lib, name)(ctypes.byref(out), ctypes.byref(out_len), handle, data, len(data),
                            options_json.encode("utf-8"))
    if st:
        raise GwapiError(st, name)
    try:
        return ctypes.string_at(out.value, out_len.value).decode("utf-8", "surrogateescape")
    finally:
        lib.gwapi_free(out.value)
