/**
 * Practice-by-practice validation: the statistics that compare the model's probability of each
 * practice ending with what happened (ROC curve and its area with ties counted half, the Brier
 * score, calibration by decile), the correlations of list sizes (Pearson, Spearman on mid-ranks),
 * a logistic regression for the referee's baselines, and the tables the {@code validate} command
 * writes from the runs and the outcomes. Numerical only: no file format, no command line.
 */
package org.icosim.experiment.validation;
