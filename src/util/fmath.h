/*
 * fmath.h — the floating-point functions pith uses, written here so that
 * the command-line tool needs no libm.
 *
 * Loading libm.so costs a process its mapping, relocation and about a
 * dozen page faults: about a twentieth of the CPU of `pith page.html` on a small
 * page (bench/startup.sh), for the three functions below.
 */
#ifndef PITH_UTIL_FMATH_H
#define PITH_UTIL_FMATH_H

/* The smaller of a and b; the other one when one is NaN (as fmin). */
static inline double pith_fmin(double a, double b)
{
    return a != a ? b : b != b ? a : a < b ? a : b;
}

/* The larger of a and b; the other one when one is NaN (as fmax). */
static inline double pith_fmax(double a, double b)
{
    return a != a ? b : b != b ? a : a > b ? a : b;
}

/* e to the power x, within 0.52 ulp, for every double x (infinities and
 * NaN as exp gives them; errno is not set). */
double pith_exp(double x);

#endif
