import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PredictForm from '../../src/components/PredictForm.svelte';
import { ApiClient } from '../../src/lib/api';
import { json, modelInfo, scriptedFetch } from '../fixtures';

const prediction = {
  prediction: 312345.6,
  interval: { lower: 282469.1, upper: 342222.1, coverage: 0.9 },
  model_version: 'house-prices-83a4aa653ee8',
  unit: 'USD',
};

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('sqft'), '1800');
  await user.type(screen.getByLabelText('bedrooms'), '3');
  await user.type(screen.getByLabelText('bathrooms'), '2');
  await user.selectOptions(screen.getByLabelText('location'), 'Suburb');
  await user.selectOptions(screen.getByLabelText('condition'), 'Good');
  await user.type(screen.getByLabelText('year_built'), '1995');
}

function setup(answers: (Response | Error)[]) {
  const scripted = scriptedFetch(answers);
  render(PredictForm, { model: modelInfo(), client: new ApiClient('', scripted.fetcher) });
  return { user: userEvent.setup(), requests: scripted.requests };
}

describe('PredictForm', () => {
  it('explains an interval whose width varies per row, and warns when inputs are outside the training data', async () => {
    const scripted = scriptedFetch([json(200, { ...prediction, out_of_profile: ['sqft', 'year_built'] })]);
    const model = modelInfo();
    model.interval = { ...model.interval, method: 'normalised-split-conformal', half_width: null, varies_per_row: true };
    render(PredictForm, { model, client: new ApiClient('', scripted.fetcher) });
    const user = userEvent.setup();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Predict' }));
    const result = await screen.findByRole('region', { name: 'Predicted price' });
    expect(within(result).getByTestId('interval-explained').textContent).toMatch(
      /For homes like the training data, about 90 % of true values fall inside such\s+intervals, whose width grows with the prediction/,
    );
    expect(within(result).getByTestId('out-of-profile').textContent).toMatch(
      /sqft, year_built\s+are outside what the model was trained on, so the interval's coverage\s+does not apply/,
    );
  });

  it('generates one labelled input per feature, with units, ranges and category choices', () => {
    setup([]);
    expect(screen.getByLabelText('sqft')).toHaveProperty('value', '');
    expect(screen.getByText(/square feet · 400 to 10000/)).toBeTruthy();
    expect(screen.getByText('1 to 6 · steps of 0.5')).toBeTruthy();
    const location = within(screen.getByLabelText('location'));
    expect(location.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose…',
      'Downtown',
      'Urban',
      'Suburb',
      'Rural',
      'Waterfront',
      'Mountain',
    ]);
  });

  it('sends the typed values and shows the prediction with its interval, version, trained-at and metrics', async () => {
    const { user, requests } = setup([json(200, prediction)]);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Predict' }));
    const result = await screen.findByRole('region', { name: 'Predicted price' });
    expect(requests[0]?.body).toEqual({
      features: { sqft: 1800, bedrooms: 3, bathrooms: 2, location: 'Suburb', condition: 'Good', year_built: 1995 },
    });
    expect(within(result).getByTestId('prediction').textContent).toBe('$312,346');
    expect(within(result).getByTestId('interval').textContent).toMatch(/90 % prediction interval:\s+\$282,469 to \$342,222/);
    expect(within(result).getByText('house-prices-83a4aa653ee8')).toBeTruthy();
    expect(within(result).getByText('2026-11-22 05:47 UTC')).toBeTruthy();
    expect(within(result).getByText('r2: 0.9868')).toBeTruthy();
  });

  it('removes the result once an input changes, so no result stands beside other inputs', async () => {
    const { user } = setup([json(200, prediction)]);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Predict' }));
    await screen.findByTestId('prediction');
    await user.type(screen.getByLabelText('sqft'), '0');
    expect(screen.queryByTestId('prediction')).toBeNull();
  });

  it('shows browser errors next to their fields, sends nothing, and focuses the first bad field', async () => {
    const { user, requests } = setup([]);
    await fillValid(user);
    await user.clear(screen.getByLabelText('sqft'));
    await user.type(screen.getByLabelText('sqft'), '50');
    await user.clear(screen.getByLabelText('year_built'));
    await user.click(screen.getByRole('button', { name: 'Predict' }));
    const sqft = screen.getByLabelText('sqft');
    expect(sqft.getAttribute('aria-invalid')).toBe('true');
    expect(sqft.getAttribute('aria-describedby')).toContain('field-sqft-error');
    expect(screen.getByText('sqft must be between 400 and 10000; got 50')).toBeTruthy();
    expect(screen.getByText('year_built is required; add it')).toBeTruthy();
    expect(requests).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(sqft);
  });

  it("puts the API's 422 messages next to the fields they name", async () => {
    const errors = [{ row: null, field: 'bedrooms', message: 'bedrooms is not allowed with 1 bathroom' }];
    const { user } = setup([json(422, { detail: '1 invalid field', errors })]);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Predict' }));
    expect(await screen.findByRole('heading', { name: 'Invalid input' })).toBeTruthy();
    const bedrooms = screen.getByLabelText('bedrooms');
    expect(bedrooms.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('field-bedrooms-error')?.textContent).toBe('bedrooms is not allowed with 1 bathroom');
  });

  it('says the API is unreachable instead of showing a result', async () => {
    const { user } = setup([json(502, { detail: 'API unreachable at http://127.0.0.1:8000: ECONNREFUSED', errors: [] })]);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Predict' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'API unreachable' })).toBeTruthy();
    expect(within(alert).getByText('API unreachable at http://127.0.0.1:8000: ECONNREFUSED')).toBeTruthy();
    expect(screen.queryByTestId('prediction')).toBeNull();
  });

  it('warns when the prediction came from another model than the page shows', async () => {
    const { user } = setup([json(200, { ...prediction, model_version: 'house-prices-000000000000' })]);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Predict' }));
    expect((await screen.findByRole('alert')).textContent).toContain('came from model house-prices-000000000000');
  });
});
