//go:build cgo

package ecbatch

/*
#cgo CFLAGS: -I${SRCDIR}/libsecp256k1/src -I${SRCDIR}/libsecp256k1
#include "ecbatch.h"
*/
import "C"

import (
	"errors"
	"runtime"
	"sync"
	"unsafe"
)

var initOnce sync.Once

type impl struct {
	scratch unsafe.Pointer
	cleanup runtime.Cleanup
}

// NewVerifier returns a Verifier. The first call computes the generator's tables
// (about 1 MiB, tens of milliseconds).
func NewVerifier() (*Verifier, error) {
	initOnce.Do(func() { C.ecbatch_init() })
	p := C.ecbatch_scratch_new(MaxItems, MaxKeys)
	if p == nil {
		return nil, errors.New("ecbatch: no memory for the working space")
	}
	v := &Verifier{impl: impl{scratch: p}}
	v.cleanup = runtime.AddCleanup(v, func(p unsafe.Pointer) { C.ecbatch_scratch_free(p) }, p)
	return v, nil
}

// Close frees the Verifier's working memory (the garbage collector does too, later).
func (v *Verifier) Close() {
	if v.scratch != nil {
		v.cleanup.Stop()
		C.ecbatch_scratch_free(v.scratch)
		v.scratch = nil
	}
}

func (v *Verifier) verify(n, m int) bool {
	if v.scratch == nil {
		panic("ecbatch: Verify after Close")
	}
	ok := C.ecbatch_verify(v.scratch, (*C.uchar)(&v.sigs[0]), (*C.uchar)(&v.digests[0]),
		(*C.uint32_t)(&v.keyIdx[0]), C.size_t(n), (*C.uchar)(&v.pubs[0]), C.size_t(m),
		(*C.uchar)(&v.rnd[0])) == 1
	runtime.KeepAlive(v) // its cleanup frees the scratch: not before the call returns
	return ok
}
