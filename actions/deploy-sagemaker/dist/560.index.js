export const id = 560;
export const ids = [560];
export const modules = {

/***/ 5560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ensureBundleInS3: () => (/* binding */ ensureBundleInS3)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8299);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2035);
// The bundle tarball into S3 before the model names it: its sha256 must be bundle-sha256 (the
// digest the server will demand), and the key is content-addressed, so a rerun or the
// production deploy after staging finds the object there and uploads nothing. S3 checks the
// upload against the same digest (x-amz-checksum-sha256).




function isNotFound(error) {
    const { name, $metadata } = (error ?? {});
    return name === 'NotFound' || name === 'NoSuchKey' || $metadata?.httpStatusCode === 404;
}
async function ensureBundleInS3(s3, upload, sha256, region) {
    let body;
    try {
        body = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(upload.file);
    }
    catch (error) {
        throw new Error(`input bundle-file: cannot read "${upload.file}" (${error.message}); give the gated bundle's .tar.gz`);
    }
    const actual = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex');
    if (actual !== sha256) {
        throw new Error(`input bundle-file: "${upload.file}" has sha256 ${actual}, not bundle-sha256 ${sha256}; deploy the tarball the gate passed (train-model's bundle-tarball and bundle-sha256)`);
    }
    const uri = `s3://${upload.bucket}/${upload.key}`;
    try {
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .HeadObjectCommand */ .l81({ Bucket: upload.bucket, Key: upload.key }));
        return { uri, uploaded: false, bytes: body.length };
    }
    catch (error) {
        if (!isNotFound(error))
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .explainAwsError */ .N)(error, 'HeadObject', region, 's3:GetObject');
    }
    try {
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .PutObjectCommand */ .wKZ({
            Bucket: upload.bucket,
            Key: upload.key,
            Body: body,
            ContentType: 'application/gzip',
            ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
        }));
    }
    catch (error) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .explainAwsError */ .N)(error, 'PutObject', region, 's3:PutObject');
    }
    return { uri, uploaded: true, bytes: body.length };
}


/***/ })

};
