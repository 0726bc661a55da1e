/* Batch verification of recoverable secp256k1 ECDSA signatures against known public keys
 * (see ecbatch.go). */
#ifndef STREAMR_ECBATCH_H
#define STREAMR_ECBATCH_H

#include <stddef.h>
#include <stdint.h>

/* ecbatch_init computes the generator's multiplication tables; call it once, before any
 * other function. */
void ecbatch_init(void);

/* ecbatch_scratch_new returns working memory for ecbatch_verify calls of up to max_sigs
 * signatures and max_keys keys; one call at a time may use it. NULL when it cannot be
 * allocated. */
void *ecbatch_scratch_new(size_t max_sigs, size_t max_keys);
void ecbatch_scratch_free(void *scratch);

/* ecbatch_verify returns 1 when every signature i (sigs + 65i: r || s || v, v 0 or 1) is a
 * valid signature of digests + 32i by the key pubs + 64 keys[i] (x || y), and 0 when one
 * is not (or an input is malformed, or the scratch is too small). rnd holds 16 random
 * bytes per signature: the weights of the combined check. */
int ecbatch_verify(void *scratch, const unsigned char *sigs, const unsigned char *digests,
                   const uint32_t *keys, size_t n, const unsigned char *pubs, size_t m,
                   const unsigned char *rnd);

#endif
