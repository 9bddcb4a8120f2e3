/*
 * stop.c — the run's stop flag: set once a batch is told to stop (SIGINT,
 * SIGTERM, output that cannot be written), read by the pool and by the
 * reader of an input, which gives up a read the signal interrupted.
 */
#include <stdatomic.h>

#include "cli.h"

static atomic_bool stop_requested;

bool cli_stop_requested(void)
{
    return atomic_load(&stop_requested);
}

void cli_request_stop(void)
{
    atomic_store(&stop_requested, true);
}
