export const id = 686;
export const ids = [686];
export const modules = {

/***/ 8686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* reexport */ createGitHubClient)
});

// UNUSED EXPORTS: GitHubApiError, toGitHubApiError

// EXTERNAL MODULE: ../shared/node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(4692);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(4491);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(2812);
;// CONCATENATED MODULE: ../shared/src/github-client.ts
// The GitHub REST client of the actions: @actions/github's Octokit (REST methods, pagination,
// the runner's proxy settings) with the retry and throttling plugins, so a 5xx or a secondary
// rate limit is waited out instead of failing a deploy. Errors keep GitHub's own message.



/** A non-2xx answer, carrying GitHub's `message` (e.g. "Resource not accessible by integration"). */
class GitHubApiError extends Error {
    status;
    method;
    path;
    apiMessage;
    constructor(status, method, path, apiMessage) {
        super(`GitHub API ${method} ${path} answered ${status}: ${apiMessage}`);
        this.status = status;
        this.method = method;
        this.path = path;
        this.apiMessage = apiMessage;
        this.name = 'GitHubApiError';
    }
}
const isRequestError = (error) => error instanceof Error && typeof error.status === 'number';
/** GitHub's `message`, else the start of a non-JSON body (a proxy's HTML page), else Octokit's text. */
function apiMessage(error) {
    const data = error.response?.data;
    if (typeof data === 'object' && data !== null && typeof data.message === 'string') {
        return data.message;
    }
    if (typeof data === 'string' && data !== '')
        return data.slice(0, 200);
    return error.message;
}
function toGitHubApiError(error) {
    if (!isRequestError(error) || error.status < 400)
        return error;
    const url = error.request?.url ?? '';
    const path = url === '' ? '' : new URL(url, 'https://api.github.invalid').pathname;
    return new GitHubApiError(error.status, error.request?.method ?? 'GET', path, apiMessage(error));
}
function createGitHubClient(options) {
    const base = new URL(options.apiUrl);
    const scale = options.msPerSecond ?? 1000;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const onRateLimit = (kind) => (retryAfter, request, _client, retryCount) => {
        if (retryCount >= rateLimitRetries)
            return false;
        options.onWait?.(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`);
        return true;
    };
    const client = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: 'slipway-actions',
        retry: { retries: options.retries ?? 3, retryAfterBaseValue: scale },
        throttle: {
            retryAfterBaseValue: scale,
            onRateLimit: onRateLimit('rate limit'),
            onSecondaryRateLimit: onRateLimit('secondary rate limit'),
            ...options.writeLimiters,
        },
        ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    client.hook.before('request', (request) => {
        request.headers['x-github-api-version'] = '2022-11-28';
        // The token must never be sent to another host, whatever a Link header says.
        const target = new URL(request.url, `${base.origin}/`);
        if (target.origin !== base.origin)
            throw new Error(`refusing to send the GitHub token to ${target.origin} (API is ${base.origin})`);
    });
    client.hook.error('request', (error) => {
        throw toGitHubApiError(error);
    });
    return client;
}

;// CONCATENATED MODULE: ../shared/src/github.ts
// @slipway/shared/github: the GitHub REST client, apart from the index so that only the actions
// calling GitHub bundle Octokit.



/***/ })

};
