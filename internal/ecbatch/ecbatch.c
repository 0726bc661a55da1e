/* Batch verification of recoverable secp256k1 ECDSA signatures, built on the internals of
 * libsecp256k1 (libsecp256k1/, copied from go-ethereum's copy by
 * scripts/vendor-secp256k1.sh). Every function of libsecp256k1 included here is static,
 * so nothing collides with go-ethereum's own build of the library in the same binary.
 *
 * A signature (r, s, v) of digest z recovers to the key P exactly when
 *     R = (z/s)·G + (r/s)·P,
 * where R is the curve point with x = r and the y parity v (recovery computes
 * P = r⁻¹(s·R − z·G)). For n signatures and random 128-bit weights a_i,
 *     Σ a_i·R_i − (Σ a_i z_i/s_i)·G − Σ_j (Σ_{i: key i = j} a_i r_i/s_i)·P_j = 0
 * holds for all of them together, and fails with probability at least 1 − 2⁻¹²⁷ when one
 * of them does not hold (the group has prime order). One multi-scalar multiplication of
 * n + m + 1 points costs far less than n recoveries: the R_i carry the short weights
 * themselves (all the s_i are inverted with one inversion), so each costs the additions
 * of a 128-bit scalar, and signatures by the same key share their key's point. */

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

/* Per point of the multiplication: the wNAF digits of its scalar, and for a key (whose
 * scalar is split with the endomorphism) those of the λ half. */
typedef struct {
    int wnaf[129];
    int wnaf_lam[129];
    int bits, bits_lam;
} ecbatch_digits;

typedef struct {
    size_t max_sigs, max_keys;
    secp256k1_ge *pt;          /* R_0..R_{n-1}, then the keys */
    secp256k1_scalar *sc;      /* their scalars: a_i, then the keys' sums */
    secp256k1_scalar *sv;      /* the s_i, then their inverses */
    secp256k1_scalar *prod;    /* prefix products of the s_i (batch inversion) */
    secp256k1_ge *pre;         /* odd multiples of each point, ECMULT_TABLE_SIZE(WINDOW_A) per point */
    secp256k1_fe *aux;         /* their z ratios, then the x·β of the keys' multiples */
    size_t *used;              /* the points with a nonzero scalar */
    ecbatch_digits *digits;
} ecbatch_scratch;

void ecbatch_scratch_free(void *p) {
    ecbatch_scratch *s = p;
    if (s == NULL) {
        return;
    }
    free(s->pt);
    free(s->sc);
    free(s->sv);
    free(s->prod);
    free(s->pre);
    free(s->aux);
    free(s->used);
    free(s->digits);
    free(s);
}

void *ecbatch_scratch_new(size_t max_sigs, size_t max_keys) {
    ecbatch_scratch *s = calloc(1, sizeof(*s));
    size_t points = max_sigs + max_keys, table = ECMULT_TABLE_SIZE(WINDOW_A);
    if (s == NULL) {
        return NULL;
    }
    s->max_sigs = max_sigs;
    s->max_keys = max_keys;
    s->pt = malloc(points * sizeof(*s->pt));
    s->sc = malloc(points * sizeof(*s->sc));
    s->sv = malloc(max_sigs * sizeof(*s->sv));
    s->prod = malloc(max_sigs * sizeof(*s->prod));
    s->pre = malloc(points * table * sizeof(*s->pre));
    s->aux = malloc(points * table * sizeof(*s->aux));
    s->used = malloc(points * sizeof(*s->used));
    s->digits = malloc(points * sizeof(*s->digits));
    if (s->pt == NULL || s->sc == NULL || s->sv == NULL || s->prod == NULL || s->pre == NULL ||
        s->aux == NULL || s->used == NULL || s->digits == NULL) {
        ecbatch_scratch_free(s);
        return NULL;
    }
    return s;
}

/* ecbatch_multiply sets r to Σ sc_i·pt_i + g·G over the n short points (scalars below
 * 2^128) and the m full ones that follow them. This is Strauss's method as libsecp256k1's
 * secp256k1_ecmult_strauss_wnaf does it (odd multiples brought to one z, wNAF digits,
 * the generator's precomputed tables), with one change: a short scalar is used as it is,
 * not split with the endomorphism into two halves of about 128 bits each. A short point
 * then costs the additions of one 128-bit scalar instead of two. */
static void ecbatch_multiply(ecbatch_scratch *s, secp256k1_gej *r, size_t n, size_t m, const secp256k1_scalar *g) {
    const size_t table = ECMULT_TABLE_SIZE(WINDOW_A);
    secp256k1_scalar g_1, g_128;
    int wnaf_g_1[129], wnaf_g_128[129];
    int bits_g_1, bits_g_128, bits = 0, i;
    secp256k1_fe Z;
    secp256k1_ge tmpa;
    size_t no = 0, np, k;

    secp256k1_fe_set_int(&Z, 1);
    for (k = 0; k < n + m; k++) {
        ecbatch_digits *d = &s->digits[no];
        secp256k1_gej tmp;
        if (secp256k1_scalar_is_zero(&s->sc[k])) {
            continue;
        }
        if (k < n) {
            d->bits = secp256k1_ecmult_wnaf(d->wnaf, 129, &s->sc[k], WINDOW_A);
            d->bits_lam = 0;
        } else {
            secp256k1_scalar half, lam;
            secp256k1_scalar_split_lambda(&half, &lam, &s->sc[k]);
            d->bits = secp256k1_ecmult_wnaf(d->wnaf, 129, &half, WINDOW_A);
            d->bits_lam = secp256k1_ecmult_wnaf(d->wnaf_lam, 129, &lam, WINDOW_A);
        }
        if (d->bits > bits) {
            bits = d->bits;
        }
        if (d->bits_lam > bits) {
            bits = d->bits_lam;
        }
        /* The points are affine (z = 1): each table continues from the last one's z. */
        secp256k1_gej_set_ge(&tmp, &s->pt[k]);
        if (no) {
            secp256k1_gej_rescale(&tmp, &Z);
        }
        secp256k1_ecmult_odd_multiples_table(table, s->pre + no * table, s->aux + no * table, &Z, &tmp);
        s->used[no++] = k;
    }
    if (no) {
        secp256k1_ge_table_set_globalz(table * no, s->pre, s->aux);
    }
    for (np = 0; np < no; np++) {
        if (s->used[np] >= n) {
            for (k = 0; k < table; k++) {
                secp256k1_fe_mul(&s->aux[np * table + k], &s->pre[np * table + k].x, &secp256k1_const_beta);
            }
        }
    }

    secp256k1_scalar_split_128(&g_1, &g_128, g);
    bits_g_1 = secp256k1_ecmult_wnaf(wnaf_g_1, 129, &g_1, WINDOW_G);
    bits_g_128 = secp256k1_ecmult_wnaf(wnaf_g_128, 129, &g_128, WINDOW_G);
    if (bits_g_1 > bits) {
        bits = bits_g_1;
    }
    if (bits_g_128 > bits) {
        bits = bits_g_128;
    }

    secp256k1_gej_set_infinity(r);
    for (i = bits - 1; i >= 0; i--) {
        int v;
        secp256k1_gej_double_var(r, r, NULL);
        for (np = 0; np < no; np++) {
            const ecbatch_digits *d = &s->digits[np];
            if (i < d->bits && (v = d->wnaf[i])) {
                secp256k1_ecmult_table_get_ge(&tmpa, s->pre + np * table, v, WINDOW_A);
                secp256k1_gej_add_ge_var(r, r, &tmpa, NULL);
            }
            if (i < d->bits_lam && (v = d->wnaf_lam[i])) {
                secp256k1_ecmult_table_get_ge_lambda(&tmpa, s->pre + np * table, s->aux + np * table, v, WINDOW_A);
                secp256k1_gej_add_ge_var(r, r, &tmpa, NULL);
            }
        }
        if (i < bits_g_1 && (v = wnaf_g_1[i])) {
            secp256k1_ecmult_table_get_ge_storage(&tmpa, secp256k1_pre_g, v, WINDOW_G);
            secp256k1_gej_add_zinv_var(r, r, &tmpa, &Z);
        }
        if (i < bits_g_128 && (v = wnaf_g_128[i])) {
            secp256k1_ecmult_table_get_ge_storage(&tmpa, secp256k1_pre_g_128, v, WINDOW_G);
            secp256k1_gej_add_zinv_var(r, r, &tmpa, &Z);
        }
    }
    if (!r->infinity) {
        secp256k1_fe_mul(&r->z, &r->z, &Z);
    }
}

int ecbatch_verify(void *p, const unsigned char *sigs, const unsigned char *digests,
                   const uint32_t *keys, size_t n, const unsigned char *pubs, size_t m,
                   const unsigned char *rnd) {
    ecbatch_scratch *s = p;
    secp256k1_scalar g, r, z, w, t, inv;
    secp256k1_gej sum;
    size_t i;
    int overflow;

    if (s == NULL || n == 0 || n > s->max_sigs || m == 0 || m > s->max_keys) {
        return 0;
    }
    /* Points 0..n-1 are the R_i, n..n+m-1 the keys. */
    for (i = 0; i < m; i++) {
        secp256k1_fe x, y;
        if (!secp256k1_fe_set_b32_limit(&x, pubs + 64 * i) || !secp256k1_fe_set_b32_limit(&y, pubs + 64 * i + 32)) {
            return 0;
        }
        secp256k1_ge_set_xy(&s->pt[n + i], &x, &y);
        if (!secp256k1_ge_is_valid_var(&s->pt[n + i])) {
            return 0;
        }
        secp256k1_scalar_clear(&s->sc[n + i]);
    }
    for (i = 0; i < n; i++) {
        const unsigned char *sig = sigs + 65 * i;
        unsigned char a[32] = {0};
        secp256k1_fe x;
        if (keys[i] >= m || sig[64] > 1) {
            return 0;
        }
        secp256k1_scalar_set_b32(&r, sig, &overflow);
        if (overflow || secp256k1_scalar_is_zero(&r)) {
            return 0;
        }
        secp256k1_scalar_set_b32(&s->sv[i], sig + 32, &overflow);
        if (overflow || secp256k1_scalar_is_zero(&s->sv[i])) {
            return 0;
        }
        /* r < n < p, so r is a field element; R is the point with x = r and parity v
         * (none when r³ + 7 is not a square: no key recovers from such a signature). */
        if (!secp256k1_fe_set_b32_limit(&x, sig) || !secp256k1_ge_set_xo_var(&s->pt[i], &x, sig[64])) {
            return 0;
        }
        /* a_i in [2^127, 2^128): random and never zero. */
        memcpy(a + 16, rnd + 16 * i, 16);
        a[16] |= 0x80;
        secp256k1_scalar_set_b32(&s->sc[i], a, NULL);
        if (i == 0) {
            s->prod[0] = s->sv[0];
        } else {
            secp256k1_scalar_mul(&s->prod[i], &s->prod[i - 1], &s->sv[i]);
        }
    }
    /* Every s_i from one inversion: inv = (s_0…s_i)⁻¹ going down. */
    secp256k1_scalar_inverse_var(&inv, &s->prod[n - 1]);
    for (i = n - 1; i > 0; i--) {
        secp256k1_scalar_mul(&t, &inv, &s->prod[i - 1]);
        secp256k1_scalar_mul(&inv, &inv, &s->sv[i]);
        s->sv[i] = t;
    }
    s->sv[0] = inv;
    /* R_i = (z_i/s_i)·G + (r_i/s_i)·P_i. Weighted and summed:
     *     Σ a_i·R_i − (Σ a_i z_i/s_i)·G − Σ_j (Σ_{i: key i = j} a_i r_i/s_i)·P_j = 0. */
    secp256k1_scalar_clear(&g);
    for (i = 0; i < n; i++) {
        secp256k1_scalar_mul(&w, &s->sc[i], &s->sv[i]);
        secp256k1_scalar_set_b32(&z, digests + 32 * i, NULL);
        secp256k1_scalar_mul(&t, &w, &z);
        secp256k1_scalar_add(&g, &g, &t);
        secp256k1_scalar_set_b32(&r, sigs + 65 * i, NULL);
        secp256k1_scalar_mul(&t, &w, &r);
        secp256k1_scalar_add(&s->sc[n + keys[i]], &s->sc[n + keys[i]], &t);
    }
    secp256k1_scalar_negate(&g, &g);
    for (i = 0; i < m; i++) {
        secp256k1_scalar_negate(&s->sc[n + i], &s->sc[n + i]);
    }
    ecbatch_multiply(s, &sum, n, m, &g);
    return secp256k1_gej_is_infinity(&sum);
}
