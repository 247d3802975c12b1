/* Kafo alerts: a change pushed by the server refreshes the list in place and says so (text only: inert). */
function kafoAlertPushed(message) {
    var data = typeof message === "string" ? JSON.parse(message) : message;
    var notice = document.getElementById("live-notice");
    if (notice) {
        var label = { PUBLISHED: "Nouvelle alerte", UPDATED: "Alerte mise à jour", CANCELLED: "Alerte annulée",
            OFFERED: "Offre de prise en charge", CLAIMED: "Accueil pris en charge", ACCEPTED: "Prise en charge acceptée",
            DECLINED: "Offre de prise en charge déclinée", WITHDRAWN: "Prise en charge retirée", ARRIVED: "Personnes arrivées",
            ESCALATED: "Accueil non pris en charge" }[data.change] || "Alerte modifiée";
        notice.textContent = label + " : " + data.headline;
        notice.hidden = false;
    }
    if (typeof kafoRefreshAlerts === "function") {
        kafoRefreshAlerts();
    }
}
