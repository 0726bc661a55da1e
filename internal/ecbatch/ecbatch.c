/* Batch verification of recoverable secp256k1 ECDSA signatures, built on the internals of
 * libsecp256k1 (libsecp256k1/, copied from go-ethereum's copy by
 * scripts/vendor-secp256k1.sh). Every function of libsecp256k1 included here is static,
 * so nothing collides with go-ethereum's own build of the library in the same binary.
 *
 * A signature (r, s, v) of digest z recovers to the key P exactly when
 *     s·R − z·G − r·P = 0,
 * where R is the curve point with x = r and the y parity v (recovery computes
 * P = r⁻¹(s·R − z·G)). For n signatures and random 128-bit weights a_i,
 *     Σ (a_i s_i)·R_i − Σ_j (Σ_{i: key i = j} a_i r_i)·P_j − (Σ a_i z_i)·G = 0
 * holds for all of them together, and fails with probability at least 1 − 2⁻¹²⁷ when one
 * of them does not hold (the group has prime order). One multi-scalar multiplication of
 * n + m + 1 points costs far less than n recoveries; signatures by the same key share
 * their key's point. */

#ifndef NDEBUG
#define NDEBUG
#endif

#include "util.h"
#include "field_impl.h"
#include "scalar_impl.h"
#include "group_impl.h"
#include "int128_impl.h"
#include "scratch_impl.h"

/* The generator's tables are computed at start-up (ecbatch_init) rather than linked from
 * precomputed_ecmult.c, whose symbols go-ethereum's build of the library defines. */
#define SECP256K1_PRECOMPUTED_ECMULT_H
#include "ecmult.h"
#define WINDOW_G ECMULT_WINDOW_SIZE
static secp256k1_ge_storage secp256k1_pre_g[ECMULT_TABLE_SIZE(WINDOW_G)];
static secp256k1_ge_storage secp256k1_pre_g_128[ECMULT_TABLE_SIZE(WINDOW_G)];

#include "ecmult_impl.h"
#include "ecmult_compute_table_impl.h"

#include "ecbatch.h"

void ecbatch_init(void) {
    secp256k1_ecmult_compute_two_tables(secp256k1_pre_g, secp256k1_pre_g_128, WINDOW_G, &secp256k1_ge_const_g);
}

typedef struct {
    secp256k1_scratch *scratch;
    size_t max_sigs, max_keys;
} ecbatch_scratch;

void *ecbatch_scratch_new(size_t max_sigs, size_t max_keys) {
    ecbatch_scratch *s = malloc(sizeof(*s));
    size_t points = max_sigs + max_keys;
    size_t size;
    if (s == NULL) {
        return NULL;
    }
    /* The points and their weights, then what the multiplication needs (its own
     * allocations are aligned, hence the slack). */
    size = points * (sizeof(secp256k1_ge) + sizeof(secp256k1_scalar)) +
           secp256k1_strauss_scratch_size(points) + (points + 16) * ALIGNMENT * 8;
    s->scratch = secp256k1_scratch_create(&default_error_callback, size);
    if (s->scratch == NULL) {
        free(s);
        return NULL;
    }
    s->max_sigs = max_sigs;
    s->max_keys = max_keys;
    return s;
}

void ecbatch_scratch_free(void *p) {
    ecbatch_scratch *s = p;
    if (s == NULL) {
        return;
    }
    secp256k1_scratch_destroy(&default_error_callback, s->scratch);
    free(s);
}

typedef struct {
    const secp256k1_ge *pt;
    const secp256k1_scalar *sc;
} ecbatch_points;

static int ecbatch_point(secp256k1_scalar *sc, secp256k1_ge *pt, size_t idx, void *data) {
    const ecbatch_points *p = data;
    *sc = p->sc[idx];
    *pt = p->pt[idx];
    return 1;
}

int ecbatch_verify(void *p, const unsigned char *sigs, const unsigned char *digests,
                   const uint32_t *keys, size_t n, const unsigned char *pubs, size_t m,
                   const unsigned char *rnd) {
    ecbatch_scratch *s = p;
    const secp256k1_callback *cb = &default_error_callback;
    size_t checkpoint, i;
    secp256k1_ge *pt;
    secp256k1_scalar *sc, g, a, r, sv, z, t;
    secp256k1_gej sum;
    ecbatch_points points;
    int overflow, ok = 0;

    if (s == NULL || n == 0 || n > s->max_sigs || m == 0 || m > s->max_keys) {
        return 0;
    }
    checkpoint = secp256k1_scratch_checkpoint(cb, s->scratch);
    /* Points 0..n-1 are the R_i, n..n+m-1 the keys. */
    pt = secp256k1_scratch_alloc(cb, s->scratch, (n + m) * sizeof(secp256k1_ge));
    sc = secp256k1_scratch_alloc(cb, s->scratch, (n + m) * sizeof(secp256k1_scalar));
    if (pt == NULL || sc == NULL) {
        goto done;
    }
    for (i = 0; i < m; i++) {
        secp256k1_fe x, y;
        if (!secp256k1_fe_set_b32_limit(&x, pubs + 64 * i) || !secp256k1_fe_set_b32_limit(&y, pubs + 64 * i + 32)) {
            goto done;
        }
        secp256k1_ge_set_xy(&pt[n + i], &x, &y);
        if (!secp256k1_ge_is_valid_var(&pt[n + i])) {
            goto done;
        }
        secp256k1_scalar_clear(&sc[n + i]);
    }
    secp256k1_scalar_clear(&g);
    for (i = 0; i < n; i++) {
        const unsigned char *sig = sigs + 65 * i;
        unsigned char w[32] = {0};
        secp256k1_fe x;
        if (keys[i] >= m || sig[64] > 1) {
            goto done;
        }
        secp256k1_scalar_set_b32(&r, sig, &overflow);
        if (overflow || secp256k1_scalar_is_zero(&r)) {
            goto done;
        }
        secp256k1_scalar_set_b32(&sv, sig + 32, &overflow);
        if (overflow || secp256k1_scalar_is_zero(&sv)) {
            goto done;
        }
        /* r < n < p, so r is a field element; R is the point with x = r and parity v
         * (none when r³ + 7 is not a square: no key recovers from such a signature). */
        if (!secp256k1_fe_set_b32_limit(&x, sig) || !secp256k1_ge_set_xo_var(&pt[i], &x, sig[64])) {
            goto done;
        }
        secp256k1_scalar_set_b32(&z, digests + 32 * i, NULL);
        /* a_i in [2^127, 2^128): random and never zero. */
        memcpy(w + 16, rnd + 16 * i, 16);
        w[16] |= 0x80;
        secp256k1_scalar_set_b32(&a, w, NULL);
        secp256k1_scalar_mul(&sc[i], &a, &sv);
        secp256k1_scalar_mul(&t, &a, &r);
        secp256k1_scalar_negate(&t, &t);
        secp256k1_scalar_add(&sc[n + keys[i]], &sc[n + keys[i]], &t);
        secp256k1_scalar_mul(&t, &a, &z);
        secp256k1_scalar_negate(&t, &t);
        secp256k1_scalar_add(&g, &g, &t);
    }
    points.pt = pt;
    points.sc = sc;
    if (!secp256k1_ecmult_multi_var(cb, s->scratch, &sum, &g, ecbatch_point, &points, n + m)) {
        goto done;
    }
    ok = secp256k1_gej_is_infinity(&sum);
done:
    secp256k1_scratch_apply_checkpoint(cb, s->scratch, checkpoint);
    return ok;
}
