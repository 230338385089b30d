/**
 * The month's metrics (ODD 8.25), read from the network and the agents.
 */
package org.icosim.model.observe;
