import * as React from 'react';

/**
 * React's development build records an "owner stack" for each element it creates (an Error captured
 * with ten frames, and a console task), at most 10,000 a second, so that a warning can name the
 * components that made the element. The screens' tests create hundreds of thousands of elements:
 * the capture was a seventh of their CPU (6 of the slowest files: 80 s of CPU against 69 s without,
 * two runs each). React counts them in one field of its shared internals, reset every second;
 * reading it as always full makes it skip the capture. Warnings still come, with their message and
 * the component stack React builds from its fibers, only without the owner frames. Should React
 * rename the field, this adds a property nobody reads and the tests only run slower.
 */
const internals = (React as unknown as Record<string, Record<string, unknown> | undefined>)
  .__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
const FULL = 10_000;
if (
  internals &&
  Object.getOwnPropertyDescriptor(internals, 'recentlyCreatedOwnerStacks')?.get === undefined
) {
  Object.defineProperty(internals, 'recentlyCreatedOwnerStacks', {
    configurable: true,
    get: () => FULL,
    set: () => undefined,
  });
}
