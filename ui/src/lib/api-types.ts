// The inference API's answers, by the names the UI uses. Every shape comes from the API's own
// OpenAPI document (generated/api.ts, `npm run api-types -w ui`); nothing is declared here by
// hand, so the UI and the server cannot drift apart. The UI reads everything it shows from
// these; nothing about a project is hard-coded.
import type { components } from './generated/api';

type Schemas = components['schemas'];

export type Feature = Schemas['Feature'];
export type FeatureType = Feature['type'];
export type Gate = Schemas['Gate'];
export type MetricName = Gate['metric'];
export type ModelInfo = Schemas['ModelAnswer'];
/** A request row: feature name → value (the served model's /openapi.json names the features). */
export type FeatureRow = Schemas['Features'];
export type FeatureValue = FeatureRow[string];
export type Interval = Schemas['Interval'];
export type Prediction = Schemas['PredictAnswer'];
export type BatchPredictions = Schemas['BatchAnswer'];
/** One entry of an error body's `errors`: `row` is the 0-based batch index, null for one prediction. */
export type FieldError = Schemas['FieldProblem'];
export type ErrorBody = Schemas['ErrorAnswer'];
/** POST /api/v1/feedback: 201 recorded now, 200 the same value was already recorded. */
export type FeedbackAnswer = Schemas['FeedbackAnswer'];
/** GET /api/v1/live: a summary of the last hours of prediction records (no raw rows). */
export type LiveSummary = Schemas['LiveAnswer'];
export type LiveDriftRow = Schemas['DriftRow'];
