#!/usr/bin/env node
// The CDK app: wires the stacks from the one configuration (lib/config.ts). Nothing else here.
import { buildSlipwayApp } from '../lib/app.js';
import { slipwayConfig } from '../lib/config.js';

buildSlipwayApp(slipwayConfig).app.synth();
