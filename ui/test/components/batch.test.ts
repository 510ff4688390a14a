import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import Batch from '../../src/components/Batch.svelte';
import { ApiClient } from '../../src/lib/api';
import { json, modelInfo, scriptedFetch, sentRows } from '../fixtures';

const header = 'sqft,bedrooms,bathrooms,location,condition,year_built,price';
const interval = (value: number) => ({ lower: value - 1000, upper: value + 1000, coverage: 0.9 });

function setup(answers: Response[]) {
  const scripted = scriptedFetch(answers);
  render(Batch, { model: modelInfo(), client: new ApiClient('', scripted.fetcher) });
  return { user: userEvent.setup(), requests: scripted.requests };
}

const csvFile = (text: string, name = 'houses.csv') => new File([text], name, { type: 'text/csv' });

describe('Batch', () => {
  it('predicts the good rows, lists bad rows by line, and offers the CSV download', async () => {
    const { user, requests } = setup([
      json(200, {
        predictions: [
          { prediction: 250000, interval: interval(250000) },
          { prediction: 410000, interval: interval(410000) },
        ],
        model_version: 'house-prices-83a4aa653ee8',
      }),
    ]);
    const text = [header, '1800,3,2,Suburb,Good,1995,1', '1200,9,2,Urban,Fair,1960,1', '2600,4,3,Waterfront,Excellent,2010,1'].join('\n');
    await user.upload(screen.getByLabelText('CSV file'), csvFile(text));

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['2', '4']);
    expect(within(rows[0]!).getByText('$250,000')).toBeTruthy();
    expect(within(rows[1]!).getByText('$409,000 to $411,000')).toBeTruthy();
    expect(sentRows(requests[0])).toHaveLength(2);

    expect(screen.getByRole('heading', { name: '1 row was not predicted' })).toBeTruthy();
    expect(screen.getByText('Line 3: bedrooms must be between 1 and 8; got 9')).toBeTruthy();
    expect(screen.getByText(/Ignored columns: price/)).toBeTruthy();

    const link = screen.getByRole('link', { name: 'Download CSV' });
    expect(link.getAttribute('download')).toBe('predictions-house-prices-83a4aa653ee8.csv');
    const csv = decodeURIComponent(link.getAttribute('href')!.replace('data:text/csv;charset=utf-8,', ''));
    expect(csv.split('\r\n')[0]).toBe('line,sqft,bedrooms,bathrooms,location,condition,year_built,price,lower,upper,coverage');
    expect(csv.split('\r\n')[2]).toBe('4,2600,4,3,Waterfront,Excellent,2010,410000,409000,411000,0.9');
  });

  it('names the file and the fix when the header lacks features, and sends nothing', async () => {
    const { user, requests } = setup([]);
    await user.upload(screen.getByLabelText('CSV file'), csvFile('sqft,price\n1800,1', 'short.csv'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'short.csv: line 1: the header lacks bedrooms, bathrooms, location, condition, year_built; add these columns',
    );
    expect(requests).toHaveLength(0);
  });

  it('shows that the model is not ready rather than a table', async () => {
    const { user } = setup([json(503, { detail: 'no model loaded', errors: [] })]);
    await user.upload(screen.getByLabelText('CSV file'), csvFile(`${header}\n1800,3,2,Suburb,Good,1995,1`));
    expect(await screen.findByRole('heading', { name: 'Model not ready' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
