"""Peer for the forecast bench: statsmodels ThetaModel on long-form series files.

Fits ThetaModel(period=P) to each training series (statsmodels runs its own seasonality test and
multiplicative deseasonalisation), forecasts the test horizon and reports sMAPE (M3 formula), MASE
(seasonal-naive scale), 80%/95% interval coverage and wall/CPU seconds as one JSON line.

usage: forecast_statsmodels_theta.py TRAIN TEST PERIOD
"""
import json
import sys
import time
import warnings

import numpy as np
import pandas as pd
from statsmodels.tsa.forecasting.theta import ThetaModel


def main() -> None:
    train_file, test_file, period = sys.argv[1], sys.argv[2], int(sys.argv[3])
    train = pd.read_csv(train_file)
    test = pd.read_csv(test_file)
    history = {k: g["value"].to_numpy(float) for k, g in train.groupby("series_id", sort=False)}
    actuals = {k: g["value"].to_numpy(float) for k, g in test.groupby("series_id", sort=False)}
    smapes, mases = [], []
    inside80 = inside95 = points = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    warnings.simplefilter("ignore")
    for key, actual in actuals.items():
        y = history[key]
        h = len(actual)
        result = ThetaModel(y, period=period).fit()
        forecast = np.asarray(result.forecast(h))
        smapes.append(np.mean(200 * np.abs(actual - forecast) / (np.abs(actual) + np.abs(forecast))))
        lag = period if period > 1 and len(y) > period else 1
        scale = np.mean(np.abs(y[lag:] - y[:-lag]))
        mases.append(np.mean(np.abs(actual - forecast)) / scale)
        for alpha, name in ((0.2, 80), (0.05, 95)):
            bounds = np.asarray(result.prediction_intervals(h, alpha=alpha))
            inside = int(np.sum((actual >= bounds[:, 0]) & (actual <= bounds[:, 1])))
            if name == 80:
                inside80 += inside
            else:
                inside95 += inside
        points += h
    print(json.dumps({
        "peer": "statsmodels ThetaModel",
        "series": len(actuals),
        "smape": float(np.mean(smapes)),
        "mase": float(np.mean(mases)),
        "coverage80": inside80 / points,
        "coverage95": inside95 / points,
        "seconds": time.perf_counter() - started,
        "cpuSeconds": time.process_time() - cpu_started,
    }))


if __name__ == "__main__":
    main()
