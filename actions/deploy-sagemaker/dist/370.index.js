export const id = 370;
export const ids = [370];
export const modules = {

/***/ 9370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createS3Client: () => (/* binding */ createS3Client),
  createSageMakerClient: () => (/* binding */ createSageMakerClient)
});

// EXTERNAL MODULE: ../../node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(8299);
// EXTERNAL MODULE: ../../node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(5695);
;// CONCATENATED MODULE: ./src/version.ts
// The action's version, sent in the user agent so AWS-side logs (CloudTrail) name the caller.
// A unit test keeps it equal to package.json's version.
const ACTION_VERSION = '0.1.0';
const USER_AGENT = `slipway-deploy-sagemaker/${ACTION_VERSION}`;

;// CONCATENATED MODULE: ./src/sagemaker-client.ts
// The SageMaker and S3 clients: adaptive retries and a user agent naming Slipway. The endpoint comes
// from the standard settings (AWS_ENDPOINT_URL_SAGEMAKER / _S3, AWS_ENDPOINT_URL), which is how tests
// point it at moto. A hanging connection times out (and is retried).



function createSageMakerClient(options) {
    return new client_sagemaker_dist_cjs/* SageMakerClient */.kHU({
        region: options.region,
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts,
        customUserAgent: USER_AGENT,
        requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
    });
}
function createS3Client(options) {
    return new dist_cjs/* S3Client */.YxF({
        region: options.region,
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts,
        customUserAgent: USER_AGENT,
        // moto and other S3 stand-ins answer on one host: path-style there, virtual-hosted on AWS.
        forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL),
        requestHandler: { connectionTimeout: 10_000, requestTimeout: 300_000 },
    });
}


/***/ })

};
