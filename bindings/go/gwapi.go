// Package gwapi is the Go binding of libgwapi: Kubernetes Gateway API and
// Envoy Gateway manifests validated exactly as an API server with the CRDs
// installed would, offline.
//
//	ctx, err := gwapi.NewContext(nil)
//	if err != nil { ... }
//	defer ctx.Close()
//	res, err := ctx.Validate(manifest)
//	fmt.Println(res.OK())
//
// It calls the library's bytes-in / JSON-out surface (include/gwapi/json.h)
// through cgo; build it against an installed libgwapi (pkg-config gwapi) or
// a source checkout (see README.md beside this file).
//
// A Context is immutable and safe for concurrent use by many goroutines.
// Problems with the input are diagnostics on the Result, never errors; an
// error means the library call itself failed (bad option, out of memory).
package gwapi

/*
#cgo pkg-config: gwapi
#include <stdlib.h>
#include <gwapi/gwapi.h>
*/
import "C"

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"unsafe"
)

// Status is a failing library status (include/gwapi/status.h); values never
// change meaning.
type Status int

const (
	StatusNoMemory Status = 1 // GWAPI_ENOMEM
	StatusInvalid  Status = 2 // GWAPI_EINVAL: a caller error, e.g. a bad option value
	StatusVersion  Status = 3 // GWAPI_EVERSION
	StatusInternal Status = 4 // GWAPI_EINTERNAL
)

// String is the status name, e.g. "EINVAL".
func (s Status) String() string {
	switch s {
	case StatusNoMemory:
		return "ENOMEM"
	case StatusInvalid:
		return "EINVAL"
	case StatusVersion:
		return "EVERSION"
	case StatusInternal:
		return "EINTERNAL"
	}
	return fmt.Sprintf("status %d", int(s))
}

// Error is a failing library call.
type Error struct {
	Op     string // the C function, e.g. "gwapi_ctx_new_json"
	Status Status
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s (%s)", e.Op, C.GoString(C.gwapi_status_str(C.gwapi_status(e.Status))), e.Status)
}

// ErrClosed is returned by calls on a closed Context.
var ErrClosed = errors.New("gwapi: context is closed")

// Limits on untrusted input (docs/limits.md); zero keeps the default.
type Limits struct {
	MaxDocumentBytes  uint64 `json:"maxDocumentBytes,omitempty"`
	MaxInputBytes     uint64 `json:"maxInputBytes,omitempty"`
	MaxDepth          uint64 `json:"maxDepth,omitempty"`
	MaxNodes          uint64 `json:"maxNodes,omitempty"`
	MaxAliasExpansion uint64 `json:"maxAliasExpansion,omitempty"`
	MaxScalarBytes    uint64 `json:"maxScalarBytes,omitempty"`
	MaxItems          uint64 `json:"maxItems,omitempty"`
	MaxDiagnostics    uint64 `json:"maxDiagnostics,omitempty"`
}

// Options of a Context; the zero value (or nil) gives the defaults.
type Options struct {
	// Channel is "experimental" (default, what Envoy Gateway installs) or "standard".
	Channel string `json:"channel,omitempty"`
	// UnknownFields is "error" (default, kubectl's strict validation) or "warn".
	UnknownFields string `json:"unknownFields,omitempty"`
	// DefaultNamespace is given to namespaced objects that name none ("default").
	DefaultNamespace string  `json:"defaultNamespace,omitempty"`
	Limits           *Limits `json:"limits,omitempty"`
	// ControllerName selects, for Translate and Status, the GatewayClasses
	// managed (spec.controllerName); "" manages all of them.
	ControllerName string `json:"-"`
	// Now is, for Translate and Status, the instant in Unix seconds that
	// certificate and CRL dates are checked against; 0: the current time.
	Now int64 `json:"-"`
}

// Context holds the options every call made with it shares. Close it when
// done; it is not released by the garbage collector.
type Context struct {
	mu             sync.RWMutex // calls hold it shared, Close exclusively
	ptr            *C.gwapi_ctx
	controllerName string
	now            int64
}

// NewContext creates a context; opts may be nil.
func NewContext(opts *Options) (*Context, error) {
	if opts == nil {
		opts = &Options{}
	}
	text, err := json.Marshal(opts)
	if err != nil {
		return nil, err
	}
	ctext := C.CString(string(text))
	defer C.free(unsafe.Pointer(ctext))
	var ptr *C.gwapi_ctx
	if st := C.gwapi_ctx_new_json(&ptr, ctext); st != C.GWAPI_OK {
		return nil, &Error{"gwapi_ctx_new_json", Status(st)}
	}
	return &Context{ptr: ptr, controllerName: opts.ControllerName, now: opts.Now}, nil
}

// Close releases the context after calls still running in other
// goroutines; later calls return ErrClosed. Closing twice is harmless.
func (c *Context) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr != nil {
		C.gwapi_ctx_free(c.ptr)
		c.ptr = nil
	}
	return nil
}

// Format of an input.
type Format string

const (
	FormatAuto Format = "auto" // JSON when it starts like JSON, else YAML
	FormatYAML Format = "yaml"
	FormatJSON Format = "json"
)

// Validate validates one file's bytes (YAML or JSON, multi-document,
// kind: List); diagnostics name the input "<input>".
func (c *Context) Validate(data []byte) (*Result, error) {
	return c.ValidateNamed("<input>", data, FormatAuto)
}

// ValidateFile reads and validates the file at path; diagnostics carry path.
func (c *Context) ValidateFile(path string) (*Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return c.ValidateNamed(path, data, FormatAuto)
}

// ValidateNamed validates data read as format; diagnostics carry name.
func (c *Context) ValidateNamed(name string, data []byte, format Format) (*Result, error) {
	var res Result
	if err := c.run(validateCall, callOptions{File: name, Format: format}, data, &res, "ValidationResult"); err != nil {
		return nil, err
	}
	return &res, nil
}

// Translate validates and resolves one file's bytes as the controller of
// this Context would: its diagnostics and the status it writes.
func (c *Context) Translate(data []byte) (*Translation, error) {
	return c.TranslateNamed("<input>", data, FormatAuto)
}

// TranslateFile reads and translates the file at path.
func (c *Context) TranslateFile(path string) (*Translation, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return c.TranslateNamed(path, data, FormatAuto)
}

// TranslateNamed is Translate with the input's name and format.
func (c *Context) TranslateNamed(name string, data []byte, format Format) (*Translation, error) {
	var tr Translation
	opts := callOptions{File: name, Format: format, ControllerName: c.controllerName, Now: c.now}
	if err := c.run(translateCall, opts, data, &tr, "TranslationResult"); err != nil {
		return nil, err
	}
	return &tr, nil
}

// Status is the status items Translate computes, one per managed object.
func (c *Context) Status(data []byte) ([]StatusItem, error) {
	tr, err := c.Translate(data)
	if err != nil {
		return nil, err
	}
	return tr.Status.Items, nil
}

type callOptions struct {
	File           string `json:"file"`
	Format         Format `json:"format"`
	ControllerName string `json:"controllerName,omitempty"`
	Now            int64  `json:"now,omitempty"`
}

type document interface{ header() (string, string) }

// run makes one JSON call and decodes its document into doc.
func (c *Context) run(fn cfunc, opts callOptions, data []byte, doc document, kind string) error {
	optsJSON, err := json.Marshal(opts)
	if err != nil {
		return err
	}
	text, err := c.call(fn, data, string(optsJSON))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(text, doc); err != nil {
		return fmt.Errorf("gwapi: reading the library's result: %w", err)
	}
	if v, k := doc.header(); v != APIVersion || k != kind {
		return fmt.Errorf("gwapi: unexpected document %s %s", v, k)
	}
	return nil
}

type cfunc int

const (
	validateCall cfunc = iota
	translateCall
)

// call runs one of the JSON functions and copies its output into Go memory.
func (c *Context) call(fn cfunc, data []byte, opts string) ([]byte, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.ptr == nil {
		return nil, ErrClosed
	}
	copts := C.CString(opts)
	defer C.free(unsafe.Pointer(copts))
	var bytes unsafe.Pointer
	if len(data) > 0 {
		// The library copies the bytes before returning (cgo pointer rules).
		bytes = unsafe.Pointer(&data[0])
	}
	var out *C.char
	var outLen C.size_t
	var st C.gwapi_status
	op := "gwapi_validate_json"
	if fn == translateCall {
		op = "gwapi_translate_json"
		st = C.gwapi_translate_json(&out, &outLen, c.ptr, bytes, C.size_t(len(data)), copts)
	} else {
		st = C.gwapi_validate_json(&out, &outLen, c.ptr, bytes, C.size_t(len(data)), copts)
	}
	if st != C.GWAPI_OK {
		return nil, &Error{op, Status(st)}
	}
	defer C.gwapi_free(out)
	return C.GoBytes(unsafe.Pointer(out), C.int(outLen)), nil
}

// Version is the version of the C library in use, e.g. "0.1.0".
func Version() string {
	return C.GoString(C.gwapi_version())
}
