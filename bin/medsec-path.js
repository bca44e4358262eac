#!/usr/bin/env node
// The whole program is one bundle built by `npm run build` (scripts/build.mjs).
import "../dist/main.js";
