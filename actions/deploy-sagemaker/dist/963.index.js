export const id = 963;
export const ids = [963];
export const modules = {

/***/ 7963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy)
});

// EXTERNAL MODULE: ../../node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var dist_cjs = __webpack_require__(5695);
// EXTERNAL MODULE: ./src/aws-errors.ts
var aws_errors = __webpack_require__(2035);
;// CONCATENATED MODULE: ./src/names.ts
// Names of what one deploy creates: the model and the endpoint config share one name,
// `<endpoint>-<first 8 of the bundle digest>-<UTC yyyymmddhhmmss>`, so a name says which bundle
// it serves and when it was made, and pruning can tell this endpoint's resources from others'.
function resourceName(endpointName, bundleSha256, now) {
    const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    return `${endpointName}-${bundleSha256.slice(0, 8)}-${stamp}`;
}
/** True for a model or endpoint config this action made for `endpointName` (and no other's:
 * endpoint `a`'s resources are not those of endpoint `a-b`). */
function belongsTo(name, endpointName) {
    if (!name.startsWith(`${endpointName}-`))
        return false;
    return /^[0-9a-f]{8}-\d{14}$/.test(name.slice(endpointName.length + 1));
}

;// CONCATENATED MODULE: ./src/prune.ts
// After a successful deploy: endpoint configs and models of this endpoint beyond the newest N
// are deleted. Never the config the endpoint runs, never one made after this run started (a
// concurrent run's), never anything not named as this action names its resources.


/** Which of `listed` go: all but the newest `keep`, the protected ones and the new ones. */
function toDelete(listed, request) {
    const ours = listed.filter((r) => belongsTo(r.name, request.endpointName));
    const newestFirst = [...ours].sort((a, b) => b.created.getTime() - a.created.getTime());
    const kept = new Set([...newestFirst.slice(0, request.keep).map((r) => r.name), ...request.protect]);
    return newestFirst.filter((r) => !kept.has(r.name) && r.created < request.startedAt).map((r) => r.name);
}
async function listConfigs(client, endpointName) {
    const listed = [];
    for await (const page of (0,dist_cjs/* paginateListEndpointConfigs */.gPx)({ client }, { NameContains: endpointName })) {
        for (const c of page.EndpointConfigs ?? []) {
            if (c.EndpointConfigName && c.CreationTime)
                listed.push({ name: c.EndpointConfigName, created: c.CreationTime });
        }
    }
    return listed;
}
async function listModels(client, endpointName) {
    const listed = [];
    for await (const page of (0,dist_cjs/* paginateListModels */.A4G)({ client }, { NameContains: endpointName })) {
        for (const m of page.Models ?? [])
            if (m.ModelName && m.CreationTime)
                listed.push({ name: m.ModelName, created: m.CreationTime });
    }
    return listed;
}
async function prune(client, request) {
    const configs = toDelete(await listConfigs(client, request.endpointName), request);
    for (const name of configs)
        await client.send(new dist_cjs/* DeleteEndpointConfigCommand */.WLA({ EndpointConfigName: name }));
    // A model has its config's name: it goes with its config, or alone when its config never
    // came to be (a run that failed between CreateModel and CreateEndpointConfig).
    const models = toDelete(await listModels(client, request.endpointName), request);
    for (const name of models)
        await client.send(new dist_cjs/* DeleteModelCommand */.em({ ModelName: name }));
    return { endpointConfigs: configs, models };
}

;// CONCATENATED MODULE: ./src/requests.ts
/** The serving image reads the bundle itself from S3 and checks its digest before unpickling
 * anything (SLIPWAY_REQUIRE_BUNDLE_DIGEST): SageMaker's own ModelDataUrl would leave only an
 * unpacked folder in /opt/ml/model, whose tarball digest can no longer be checked. The region
 * is given for boto3's S3 client in the container. */
function modelRequest(inputs, name) {
    return {
        ModelName: name,
        ExecutionRoleArn: inputs.executionRoleArn,
        PrimaryContainer: {
            Image: inputs.image,
            Mode: 'SingleModel',
            Environment: {
                ...inputs.environment,
                AWS_DEFAULT_REGION: inputs.region,
                SLIPWAY_BUNDLE: inputs.bundleUri,
                SLIPWAY_BUNDLE_SHA256: inputs.bundleSha256,
                SLIPWAY_REQUIRE_BUNDLE_DIGEST: 'true',
            },
        },
        Tags: [{ Key: 'slipway:bundle-sha256', Value: inputs.bundleSha256 }],
    };
}
function endpointConfigRequest(inputs, name) {
    const { capacity } = inputs;
    const where = capacity.kind === 'instances'
        ? { InstanceType: capacity.instanceType, InitialInstanceCount: capacity.instanceCount }
        : { ServerlessConfig: { MemorySizeInMB: capacity.memoryMb, MaxConcurrency: capacity.maxConcurrency } };
    return {
        EndpointConfigName: name,
        ProductionVariants: [{ VariantName: inputs.variantName, ModelName: name, InitialVariantWeight: 1, ...where }],
        Tags: [{ Key: 'slipway:bundle-sha256', Value: inputs.bundleSha256 }],
    };
}
/** Blue/green: a canary share of the new fleet takes traffic for the bake time, then all of it
 * (serverless endpoints shift all at once after the bake); SageMaker rolls back by itself when
 * one of the alarms fires during the shift or the termination wait. */
function deploymentConfig(inputs) {
    const { traffic } = inputs;
    const routing = inputs.capacity.kind === 'instances'
        ? {
            Type: 'CANARY',
            CanarySize: { Type: 'CAPACITY_PERCENT', Value: traffic.canaryPercent },
            WaitIntervalInSeconds: traffic.bakeSeconds,
        }
        : { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: traffic.bakeSeconds };
    return {
        BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: routing, TerminationWaitInSeconds: traffic.terminationWaitSeconds },
        ...(inputs.alarmNames.length === 0
            ? {}
            : { AutoRollbackConfiguration: { Alarms: inputs.alarmNames.map((AlarmName) => ({ AlarmName })) } }),
    };
}
function updateRequest(inputs, configName) {
    return {
        EndpointName: inputs.endpointName,
        EndpointConfigName: configName,
        RetainAllVariantProperties: false,
        DeploymentConfig: deploymentConfig(inputs),
    };
}

// EXTERNAL MODULE: ../shared/src/index.ts + 15 modules
var src = __webpack_require__(5537);
;// CONCATENATED MODULE: ./src/assess.ts
/** `moved`: the endpoint has been seen leaving InService since the update (before that, an
 * InService endpoint on the old config has simply not started the update yet). */
function assessEndpoint(endpoint, targetConfig, moved) {
    const status = endpoint.EndpointStatus;
    const reason = endpoint.FailureReason?.trim();
    if (status === 'Failed') {
        return { state: 'failed', reason: `endpoint ${endpoint.EndpointName ?? ''} is Failed: ${reason || 'SageMaker gave no FailureReason'}` };
    }
    if (status !== 'InService')
        return { state: 'in-progress' };
    if (endpoint.EndpointConfigName === targetConfig) {
        return { state: 'completed', reason: `endpoint ${endpoint.EndpointName ?? ''} is InService on ${targetConfig}` };
    }
    if (!moved)
        return { state: 'in-progress' };
    const why = reason || 'an auto-rollback alarm fired or the new fleet did not pass its health checks';
    return {
        state: 'rolled-back',
        reason: `SageMaker rolled endpoint ${endpoint.EndpointName ?? ''} back to ${endpoint.EndpointConfigName ?? '?'}: ${why}`,
    };
}
/** One line per state: status, each variant's weight and instances, the pending deployment's
 * variants with their stages (Creating, ActivatingTraffic, Baking, …). */
function progressLine(endpoint) {
    const variants = (endpoint.ProductionVariants ?? []).map((v) => {
        const instances = v.CurrentInstanceCount === undefined ? '' : `, instances ${v.CurrentInstanceCount}/${v.DesiredInstanceCount ?? '?'}`;
        return `${v.VariantName ?? '?'} weight ${v.CurrentWeight ?? '?'}${instances}`;
    });
    const pending = endpoint.PendingDeploymentSummary;
    const pendingText = pending
        ? `; new ${pending.EndpointConfigName ?? '?'}: ${(pending.ProductionVariants ?? [])
            .map((v) => {
            const stages = (v.VariantStatus ?? [])
                .map((s) => `${s.Status ?? '?'}${s.StatusMessage ? ` (${s.StatusMessage})` : ''}`)
                .join(', ');
            return `${v.VariantName ?? '?'} ${stages || 'pending'}`;
        })
            .join('; ')}`
        : '';
    const on = endpoint.EndpointConfigName ? ` on ${endpoint.EndpointConfigName}` : '';
    return `${endpoint.EndpointStatus ?? '?'}${on}${variants.length ? ` — ${variants.join('; ')}` : ''}${pendingText}`;
}

;// CONCATENATED MODULE: ./src/wait.ts
// Polls the endpoint until this deploy completes, is rolled back, fails, or time runs out.


function waitForEndpoint(request) {
    // Whether the endpoint has left InService since the update: until it has, InService on the
    // old config means "not started yet", not "rolled back".
    let moved = false;
    return (0,src/* pollUntil */.g3)({
        ...request,
        progressLine: progressLine,
        decide: (endpoint) => {
            moved ||= endpoint.EndpointStatus !== 'InService';
            const assessment = assessEndpoint(endpoint, request.targetConfig, moved);
            return assessment.state === 'in-progress' ? undefined : { ...assessment, endpoint };
        },
        timedOut: (endpoint, line) => ({
            state: 'timed-out',
            reason: `endpoint ${endpoint.EndpointName ?? ''} did not finish the deployment within ${(0,src/* duration */.p0)(request.timeoutMs)} (last: ${line}); SageMaker goes on with it — see the endpoint in the console`,
            endpoint,
        }),
    });
}

;// CONCATENATED MODULE: ./src/deploy.ts
// One deploy: model, endpoint config, create or update the endpoint (blue/green canary with
// auto-rollback on alarms), wait, prune. Never green on a rollback.






async function call(operation, region, send) {
    try {
        return await send();
    }
    catch (error) {
        throw (0,aws_errors/* explainAwsError */.N)(error, operation, region);
    }
}
async function currentEndpoint(context) {
    const { client, inputs } = context;
    try {
        return await client.send(new dist_cjs.DescribeEndpointCommand({ EndpointName: inputs.endpointName }));
    }
    catch (error) {
        if ((0,aws_errors/* isMissingEndpoint */.W)(error))
            return undefined;
        throw (0,aws_errors/* explainAwsError */.N)(error, 'DescribeEndpoint', inputs.region);
    }
}
function refuseBusy(endpoint) {
    const status = endpoint.EndpointStatus;
    if (status === 'InService')
        return;
    if (status === 'Failed') {
        throw new Error(`endpoint ${endpoint.EndpointName ?? ''} is Failed (${endpoint.FailureReason ?? 'no reason given'}) and cannot be updated; delete it (aws sagemaker delete-endpoint --endpoint-name ${endpoint.EndpointName ?? ''}) and rerun to create it again`);
    }
    throw new Error(`endpoint ${endpoint.EndpointName ?? ''} is ${status ?? 'in an unknown state'}: another deployment is under way; rerun when it is InService`);
}
async function deploy(context) {
    const { client, inputs, log, clock, timeline } = context;
    const startedAt = new Date(clock.now());
    const existing = await currentEndpoint(context);
    if (existing)
        refuseBusy(existing);
    const name = resourceName(inputs.endpointName, inputs.bundleSha256, startedAt);
    const result = {
        endpointName: inputs.endpointName,
        modelName: name,
        endpointConfigName: name,
        previousEndpointConfigName: existing?.EndpointConfigName ?? '',
        created: existing === undefined,
        outcome: 'not-waited',
        reason: '',
        pruned: { endpointConfigs: [], models: [] },
    };
    await call('CreateModel', inputs.region, () => client.send(new dist_cjs/* CreateModelCommand */.TIE(modelRequest(inputs, name))));
    timeline.add(`model ${name} created (image ${inputs.image}, bundle ${inputs.bundleUri})`);
    await call('CreateEndpointConfig', inputs.region, () => client.send(new dist_cjs/* CreateEndpointConfigCommand */.dH8(endpointConfigRequest(inputs, name))));
    timeline.add(`endpoint config ${name} created`);
    if (existing) {
        await call('UpdateEndpoint', inputs.region, () => client.send(new dist_cjs/* UpdateEndpointCommand */.sU7(updateRequest(inputs, name))));
        timeline.add(`endpoint ${inputs.endpointName} updating from ${result.previousEndpointConfigName} (blue/green)`);
    }
    else {
        await call('CreateEndpoint', inputs.region, () => client.send(new dist_cjs/* CreateEndpointCommand */.fRi({ EndpointName: inputs.endpointName, EndpointConfigName: name })));
        timeline.add(`endpoint ${inputs.endpointName} creating`);
    }
    context.onEndpointChange?.({
        endpointName: inputs.endpointName,
        targetConfig: name,
        previousConfig: result.previousEndpointConfigName,
    });
    if (!inputs.wait)
        return { ...result, reason: `endpoint ${inputs.endpointName} is moving to ${name} (not waited for)` };
    const outcome = await log.group(`Waiting for endpoint ${inputs.endpointName} to serve ${name}`, () => waitForEndpoint({
        targetConfig: name,
        timeoutMs: inputs.timeoutMs,
        pollIntervalMs: inputs.pollIntervalMs,
        describe: () => call('DescribeEndpoint', inputs.region, () => client.send(new dist_cjs.DescribeEndpointCommand({ EndpointName: inputs.endpointName }))),
        log,
        clock,
        onProgress: (line) => {
            timeline.add(line);
        },
    }));
    timeline.add(`${outcome.state}: ${outcome.reason}`);
    if (outcome.state !== 'completed')
        return { ...result, outcome: outcome.state, reason: outcome.reason };
    const pruned = await call('Prune', inputs.region, () => prune(client, {
        endpointName: inputs.endpointName,
        keep: inputs.pruneKeep,
        protect: [name, result.previousEndpointConfigName],
        startedAt,
    }));
    if (pruned.endpointConfigs.length + pruned.models.length > 0) {
        timeline.add(`pruned ${pruned.endpointConfigs.length} endpoint configs and ${pruned.models.length} models`);
    }
    return { ...result, outcome: 'completed', reason: outcome.reason, pruned };
}


/***/ })

};
