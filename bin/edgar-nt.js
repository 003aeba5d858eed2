#!/usr/bin/env node
// Thin entry point: all behaviour lives in the testable `cli(argv, io)`.
import { cli, processIo } from "../dist/cli/cli.js";

process.exitCode = await cli(process.argv.slice(2), processIo());
