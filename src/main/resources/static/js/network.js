/* sedoff-kg: draws an entity's network with vis-network over the lists the page already shows.
   Without this script (or without JavaScript) the lists are the page. */
(function () {
  'use strict';
  var figure = document.getElementById('network-graph');
  if (!figure || typeof vis === 'undefined' || !window.fetch) {
    return;
  }
  var colours = {
    Person: '#8a1c1c', Place: '#1d4f91', Organization: '#2f7a3b', CreativeWork: '#9a6a00', Event: '#6b3fa0'
  };

  function node(n) {
    return {
      id: n.id,
      label: n.label,
      title: n.label + (n.type ? ' (' + n.type + ')' : ''),
      href: n.href,
      shape: n.center ? 'box' : 'dot',
      size: 11,
      margin: 10,
      color: { background: colours[n.type] || '#5d6670', border: '#1f2328',
               highlight: { background: '#ffe066', border: '#1f2328' } },
      font: n.center ? { color: '#ffffff', size: 20, face: 'system-ui, sans-serif' }
                     : { color: '#1f2328', size: 14, face: 'system-ui, sans-serif', strokeWidth: 3, strokeColor: '#fdfcf9' }
    };
  }

  function edge(e, i) {
    var relation = e.kind === 'relation';
    return {
      id: i,
      from: e.from,
      to: e.to,
      label: relation ? e.label : undefined,
      title: relation ? e.label : e.weight + (e.weight === 1 ? ' sentence' : ' sentences') + ' naming both',
      arrows: relation ? { to: { enabled: true, scaleFactor: 0.5 } } : undefined,
      dashes: !relation,
      width: relation ? 1.5 : Math.min(1 + e.weight / 2, 8),
      color: { color: relation ? '#5d6670' : '#c98a1a', opacity: relation ? 0.9 : 0.55 },
      font: { size: 11, color: '#5d6670', strokeWidth: 3, strokeColor: '#fdfcf9', align: 'middle' },
      smooth: { type: 'continuous' }
    };
  }

  fetch(figure.getAttribute('data-json'), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)); })
    .then(function (data) {
      figure.hidden = false;
      var nodes = new vis.DataSet(data.nodes.map(node));
      var edges = new vis.DataSet(data.edges.map(edge));
      var network = new vis.Network(document.getElementById('network-canvas'), { nodes: nodes, edges: edges }, {
        physics: { solver: 'forceAtlas2Based', forceAtlas2Based: { gravitationalConstant: -140, springLength: 170, avoidOverlap: 0.6 },
                   stabilization: { iterations: 400 } },
        interaction: { hover: true, tooltipDelay: 150 },
        layout: { randomSeed: 7 }
      });
      network.once('stabilizationIterationsDone', function () {
        network.setOptions({ physics: false });
        network.fit();
        figure.setAttribute('data-ready', 'true');
      });
      network.on('click', function (p) {
        if (p.nodes.length === 1 && p.nodes[0] !== data.center) {
          window.location.href = nodes.get(p.nodes[0]).href + '/network';
        }
      });
      network.on('doubleClick', function (p) {
        if (p.nodes.length === 1) {
          window.location.href = nodes.get(p.nodes[0]).href;
        }
      });
    })
    .catch(function () {
      figure.hidden = true;
    });
}());
